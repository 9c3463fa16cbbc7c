//===- Reporter.h - The report formats, one table entry each ----*- C++ -*-===//
//
// --format's help and validation and "merge"'s usage are generated from
// this table. A new format is its two files, one line in Reporter.cpp and a
// test.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_REPORT_REPORTER_H
#define CONSENTLINT_DRIVER_REPORT_REPORTER_H

#include "driver/report/Report.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace consentlint {

/// What a reporter may need besides the report.
struct RenderOptions {
  bool ShowSource = true;   ///< Source lines and carets (text).
  std::string Cwd;          ///< Paths are relative to it (text).
  bool StepSummary = false; ///< A job summary is written as well (github).
};

struct Reporter {
  const char *Name;
  const char *Alias; ///< A second name --format accepts, or null.
  const char *Description;
  std::string (*Render)(const Report &R, const RenderOptions &O);
  /// Markdown for $GITHUB_STEP_SUMMARY, or null.
  std::string (*StepSummary)(const Report &R);
};

/// Every format, --format's default first.
llvm::ArrayRef<Reporter> reporters();

/// The reporter named \p Name (or its alias); null when there is none.
const Reporter *findReporter(llvm::StringRef Name);

/// The format names joined: "text, sarif, github or gitlab" with
/// (", ", " or "); "text|sarif|github|gitlab" with ("|", "|").
std::string reporterNames(llvm::StringRef Separator, llvm::StringRef Last);

/// "text (<description>), sarif (...), ..." for --format's help.
std::string reporterHelp();

} // namespace consentlint

#endif
