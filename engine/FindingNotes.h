//===- FindingNotes.h - The notes that close every finding ------*- C++ -*-===//
//
// The rule a finding matched and the privacy-policy section that covers it,
// worded once for the text report and the clang-tidy plugin.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_FINDINGNOTES_H
#define CONSENTLINT_ENGINE_FINDINGNOTES_H

#include "checks/Finding.h"
#include <vector>

namespace consentlint {

/// After the finding's own notes: "matched rule '<id>' (<vendor>)" at the
/// finding, then "covered by privacy policy §<n> "<title>"" at the
/// section's heading (at the finding when the heading has no position).
std::vector<Note> closingNotes(const Finding &F);

} // namespace consentlint

#endif
