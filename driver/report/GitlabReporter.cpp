//===- GitlabReporter.cpp - GitLab Code Quality report --------------------===//

#include "driver/report/GitlabReporter.h"
#include "engine/Fingerprint.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace consentlint {

static const char *severity(Level L) {
  // R13: error -> critical, warning -> minor, note -> info.
  switch (L) {
  case Level::Error:
    return "critical";
  case Level::Warning:
    return "minor";
  case Level::Note:
    return "info";
  }
  return "minor";
}

std::string renderGitlab(const Report &R) {
  llvm::json::Array A;
  std::map<std::string, unsigned> Seen;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    std::string Path = relativeTo(F.Loc.File, R.SourceRoot);
    std::string Stable =
        stableFingerprint(F.Check, F.RuleId, Path, F.SourceLine);
    unsigned N = ++Seen[Stable];
    llvm::MD5 H;
    H.update(Stable + ":" + std::to_string(N));
    llvm::MD5::MD5Result D;
    H.final(D);
    std::string Description = F.Message;
    if (!F.PolicySection.empty())
      Description += " (privacy policy \u00a7" + F.PolicySection + " \"" +
                     F.PolicyTitle + "\")";
    llvm::json::Object O{
        {"type", "issue"},
        {"description", Description},
        {"check_name", F.Check},
        {"fingerprint", std::string(D.digest())},
        {"severity", severity(F.Severity)},
        {"categories", llvm::json::Array{"Security"}},
        {"location",
         llvm::json::Object{
             {"path", Path},
             {"lines", llvm::json::Object{
                           {"begin", F.Loc.Line},
                           {"end", F.Loc.EndLine ? F.Loc.EndLine
                                                 : F.Loc.Line}}}}}};
    if (!F.RuleId.empty())
      O["content"] = llvm::json::Object{
          {"body", "Rule `" + F.RuleId + "`. See " + checkDocUrl(F.Check)}};
    A.push_back(std::move(O));
  }
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(A))) << "\n";
  return OS.str();
}

} // namespace consentlint
