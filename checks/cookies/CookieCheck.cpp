//===- CookieCheck.cpp - consent-cookie -----------------------------------===//
//
// The rule says where the cookie is set; the cookie's name says why. A
// strictly necessary cookie (session, CSRF, consent state) needs no consent;
// a known analytics or advertising cookie needs consent for that purpose; an
// unknown cookie needs consent too (only strict necessity exempts one, and
// nothing shows it), reported with a note on how to classify it in
// .consentlint.yaml.
//
//===----------------------------------------------------------------------===//

#include "checks/cookies/CookieCheck.h"
#include "checks/match/ExprValues.h"

namespace consentlint {

std::optional<Candidate> CookieCheck::inspect(const SinkMatch &M,
                                              const RuleSet &Rules) const {
  Candidate C = fromRule(M);
  std::optional<std::string> Name;
  const rules::ApiRef &Api = *M.Use->Api;
  if (Api.Kind == rules::ApiKind::StringLiteral) {
    if (auto S = stringValue(M.Node)) {
      // A raw header block: take the Set-Cookie line.
      llvm::StringRef Text(*S);
      size_t Pos = Text.find_insensitive("set-cookie:");
      if (Pos != llvm::StringRef::npos) {
        llvm::StringRef Line = Text.substr(Pos).split('\n').first;
        if (isCookieDeletion(Line))
          return std::nullopt; // Deleting a cookie sets nothing.
        Name = cookieNameFromHeader(Line);
      }
    }
  } else if (Api.CookieArg && *Api.CookieArg < M.Args.size()) {
    if (auto S = stringValue(M.Args[*Api.CookieArg]))
      if (isCookieDeletion(*S))
        return std::nullopt;
    Name = cookieNameOf(M.Args[*Api.CookieArg]);
  }
  if (Name && (Name->empty() || Name->find('%') != std::string::npos))
    Name.reset(); // A format string: the name is not known statically.

  CookieClass Class;
  if (Name)
    Class = Rules.classifyCookie(*Name);
  if (Class.StrictlyNecessary)
    return std::nullopt;

  std::string Quoted = Name ? "'" + *Name + "'" : "";
  if (Class.Category.empty()) {
    // Unknown: purposes as the rule declares (functional).
    C.Action = Name ? "sets cookie " + Quoted + " of unknown category"
                    : "sets cookies whose names are not known statically";
    C.Notes.push_back(
        "classify the cookie in .consentlint.yaml under 'cookies: names:' if "
        "it is strictly necessary");
    if (!C.Required)
      C.Required = Rules.purposes().lookup("functional");
  } else {
    C.Action = "sets " + Class.Category + " cookie " + Quoted;
    C.Required = Class.Purposes;
  }
  return C;
}

} // namespace consentlint
