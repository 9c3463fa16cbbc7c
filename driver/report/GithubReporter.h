//===- GithubReporter.h - GitHub Actions workflow annotations ---*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_GITHUBREPORTER_H
#define CONSENTLINT_DRIVER_REPORT_GITHUBREPORTER_H

#include "driver/report/Report.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace consentlint {

/// Escaping of workflow commands (actions/toolkit command.ts): message data
/// escapes '%', CR and LF; property values also ':' and ','.
std::string escapeGithubData(llvm::StringRef S);
std::string escapeGithubProperty(llvm::StringRef S);

/// GitHub shows at most this many annotations per severity and step.
constexpr unsigned GithubAnnotationLimit = 10;

/// "::error file=...,line=...::message" lines, errors first, at most 10 per
/// severity; the rest as plain log lines and one ::notice:: saying so.
/// \p HaveSummary says whether a job summary lists every finding.
std::string renderGithub(const Report &R, bool HaveSummary);

/// The job summary: a Markdown table of every finding, under 1 MiB.
std::string renderGithubSummary(const Report &R);

} // namespace consentlint

#endif
