//===- Report.h - Everything a reporter writes ------------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_H
#define CONSENTLINT_DRIVER_REPORT_H

#include "checks/Finding.h"
#include <string>
#include <vector>

namespace consentlint {

class Check;

/// A section of the project's privacy policy, for SARIF taxa.
struct PolicySection {
  std::string Id;    ///< Section number, e.g. "2.5".
  std::string Title;
};

struct PolicyTaxonomy {
  std::string File;    ///< Repo-relative where possible.
  std::string Version; ///< Content hash.
  std::string Language;
  std::vector<PolicySection> Sections;
};

struct Report {
  std::vector<Finding> Findings; ///< Canonical order.
  std::vector<const Check *> Rules; ///< Enabled checks.
  std::string SourceRoot;            ///< Absolute, no trailing slash.
  std::string Category;              ///< SARIF automationDetails.id prefix.
  bool IncludeSuppressed = false;
  unsigned Units = 0, FailedUnits = 0, PartialUnits = 0;
  bool PolicyConfigured = false;
  PolicyTaxonomy Policy;
  /// Cross-unit consent summaries, kept in SARIF so shards can be linked
  /// again by "consentlint merge".
  std::string SummaryJson;
};

/// The path of \p AbsPath relative to \p Root, or \p AbsPath itself when it
/// is outside it.
std::string relativeTo(const std::string &AbsPath, const std::string &Root);

/// The URL of a check's documentation.
std::string checkDocUrl(const std::string &CheckName);

} // namespace consentlint

#endif
