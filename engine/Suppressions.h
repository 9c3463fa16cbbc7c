//===- Suppressions.h - NOLINT comments with reasons ------------*- C++ -*-===//
//
// clang-tidy's syntax: NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/NOLINTEND,
// each optionally with check globs in parentheses and a reason after a
// colon:
//
//   SetCookie(...); // NOLINT(consent-cookie): strictly necessary session id
//
// Globs match the check name or the rule id ("consent-*", "ads.*"); a
// leading '-' excludes, later globs win. The reason becomes the SARIF
// suppression's justification.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_SUPPRESSIONS_H
#define CONSENTLINT_ENGINE_SUPPRESSIONS_H

#include "checks/Finding.h"
#include "llvm/ADT/StringRef.h"
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace consentlint {

class Check;

/// The text of a source file (an editor or index overlay, else the disk).
using SourceReader =
    std::function<std::optional<std::string>(const std::string &Path)>;

/// One NOLINT comment as written.
struct NolintComment {
  enum KindT { Line, NextLine, Begin, End } Kind = Line;
  unsigned LineNo = 0, Column = 0, EndColumn = 0; ///< Of the NOLINT word.
  bool HasChecks = false; ///< "(...)" given; without it, every check.
  std::string Checks;     ///< The text between the parentheses.
  std::string Reason;     ///< After the colon, trimmed.
  std::string SourceLine;
};

/// Every NOLINT comment of \p Text, in order.
std::vector<NolintComment> parseNolintComments(llvm::StringRef Text);

/// Whether the comment's check globs select \p Check or \p RuleId.
bool nolintSelects(const NolintComment &C, llvm::StringRef Check,
                   llvm::StringRef RuleId);

struct SuppressionOptions {
  bool RequireJustification = false;
  /// Files to check for unmatched NOLINTBEGIN/END even without findings.
  std::vector<std::string> ExtraFiles;
};

/// Marks the findings that NOLINT comments suppress (kind "inSource", the
/// reason as justification) and appends consentlint-nolint findings for
/// unmatched NOLINTBEGIN/END (errors) and, with RequireJustification, for
/// suppressions without a reason. Keeps \p Findings in canonical order.
/// Returns how many findings were suppressed.
unsigned applySuppressions(std::vector<Finding> &Findings,
                           const SuppressionOptions &Opts,
                           const SourceReader &Read);

/// The pseudo-check of suppression problems, "consentlint-nolint".
const Check &nolintCheck();

/// Reads from \p Overlays first, then from disk.
SourceReader makeSourceReader(
    std::function<const std::string *(const std::string &)> Overlay);

} // namespace consentlint

#endif
