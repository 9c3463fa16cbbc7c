//===- Baseline.h - Accepted findings, by line-independent fingerprint -*- C++ -*-===//
//
// A baseline is a committed JSON file of the findings a project accepts
// for now. Entries are identified by check, rule, repo-relative path and
// the flagged line without whitespace (stableFingerprint), never by line
// number: code moving down does not resurface a finding, changing the
// flagged code does. Identical entries count: two identical calls in one
// file need two entries.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_BASELINE_H
#define CONSENTLINT_ENGINE_BASELINE_H

#include "checks/Finding.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace consentlint {

struct BaselineEntry {
  std::string Fingerprint, Check, Rule, File, Code;
  friend bool operator<(const BaselineEntry &A, const BaselineEntry &B) {
    return std::tie(A.File, A.Check, A.Rule, A.Fingerprint, A.Code) <
           std::tie(B.File, B.Check, B.Rule, B.Fingerprint, B.Code);
  }
};

BaselineEntry baselineEntry(const Finding &F, const std::string &SourceRoot);

/// Reads a baseline; errors are "file:line:col: error: ...".
llvm::Expected<std::vector<BaselineEntry>> readBaseline(const std::string &Path);

/// The file's text, entries in stable order.
std::string renderBaseline(std::vector<BaselineEntry> Entries);

/// Marks unsuppressed findings recorded in \p Entries as suppressed
/// (kind "external"); each entry absorbs one finding. Returns the count.
unsigned applyBaseline(std::vector<Finding> &Findings,
                       const std::vector<BaselineEntry> &Entries,
                       const std::string &SourceRoot);

/// "consentlint baseline create|update": writes the baseline of
/// \p Findings to the -o file. Returns the exit code.
int writeBaselineFile(const std::string &Action, const std::string &Path,
                      const std::vector<Finding> &Findings,
                      const std::string &SourceRoot, bool Quiet);

} // namespace consentlint

#endif
