//===- PersonalDataCheck.cpp - consent-personal-data ----------------------===//
//
// Most personal-data rules need no interpretation. Form and query accessors
// do: reading parameter "page" is not personal data, reading "email" is, so
// the key is looked up in the rule's key table (a multilingual list of
// personal-data field names in rules/packs).
//
//===----------------------------------------------------------------------===//

#include "checks/pii/PersonalDataCheck.h"
#include "checks/match/ExprValues.h"

namespace consentlint {

std::optional<Candidate> PersonalDataCheck::inspect(const SinkMatch &M,
                                                    const RuleSet &Rules) const {
  // A read only compared or tested (an OS version check, an identifier
  // compared with zeros) collects nothing. A source that fills an argument
  // (uname(&info) < 0) returns a status: its data is in the argument.
  if (M.Ctx && M.Node && !M.Use->Rule->OutArg && onlyDecides(M.Node, *M.Ctx))
    return std::nullopt;
  Candidate C = fromRule(M);
  const rules::ApiRef &Api = *M.Use->Api;
  if (!Api.KeyArg)
    return C;
  if (*Api.KeyArg >= M.Args.size())
    return std::nullopt;
  std::optional<std::string> Key = stringValue(M.Args[*Api.KeyArg]);
  if (!Key)
    return std::nullopt; // A computed key: nothing to say about it.
  const rules::KeyEntry *E = Rules.classifyKey(Api.KeyTable, *Key);
  if (!E)
    return std::nullopt;
  C.Action = "reads " + Rules.keyNoun(Api.KeyTable).str() + " '" + *Key + "'";
  if (!E->DataCategories.empty()) {
    C.DataCategories = E->DataCategories;
    C.Action += " (" + E->DataCategories.front() + ")";
  }
  for (const std::string &T : E->Topics)
    C.Topics.push_back(T);
  return C;
}

} // namespace consentlint
