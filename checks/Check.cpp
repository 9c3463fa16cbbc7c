//===- Check.cpp - The base of every consentlint check --------------------===//

#include "checks/Check.h"

namespace consentlint {

static Level parseLevel(llvm::StringRef S) {
  if (S == "error")
    return Level::Error;
  if (S == "note")
    return Level::Note;
  return Level::Warning;
}

Candidate Check::fromRule(const SinkMatch &M) const {
  const rules::SinkRule &R = *M.Use->Rule;
  Candidate C;
  C.Subject = M.Subject;
  C.Action = R.Message;
  C.Severity = parseLevel(R.Level);
  C.Required = M.Use->Purposes;
  C.DataCategories = R.DataCategories;
  C.Topics = R.Topics;
  return C;
}

std::optional<Candidate> Check::inspect(const SinkMatch &M,
                                        const RuleSet &) const {
  return fromRule(M);
}

} // namespace consentlint
