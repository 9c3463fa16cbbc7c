//===- FindingNotes.cpp - The notes that close every finding --------------===//

#include "engine/FindingNotes.h"

namespace consentlint {

std::vector<Note> closingNotes(const Finding &F) {
  std::vector<Note> Out;
  if (!F.RuleId.empty())
    Out.push_back({F.Loc,
                   "matched rule '" + F.RuleId + "'" +
                       (F.Vendor.empty() ? "" : " (" + F.Vendor + ")"),
                   ""});
  if (!F.PolicySection.empty())
    Out.push_back({F.PolicyLoc.valid() ? F.PolicyLoc : F.Loc,
                   "covered by privacy policy \u00a7" + F.PolicySection +
                       " \"" + F.PolicyTitle + "\"",
                   ""});
  return Out;
}

} // namespace consentlint
