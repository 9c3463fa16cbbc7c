//===- Report.h - Everything a reporter writes ------------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_REPORT_H
#define CONSENTLINT_DRIVER_REPORT_REPORT_H

#include "checks/Finding.h"
#include "driver/policy/PolicyMapper.h"
#include "support/Paths.h"
#include <string>
#include <vector>

namespace consentlint {

class Check;

/// A section of the project's privacy policy, for SARIF taxa.
struct Report {
  std::vector<Finding> Findings; ///< Canonical order.
  std::vector<const Check *> Rules; ///< Enabled checks.
  std::string SourceRoot;            ///< Absolute, no trailing slash.
  std::string Category;              ///< SARIF automationDetails.id prefix.
  bool IncludeSuppressed = false;
  unsigned Units = 0, FailedUnits = 0, PartialUnits = 0;
  bool PolicyConfigured = false;
  policy::PolicyTaxonomy Policy;
  /// Cross-unit consent summaries, kept in SARIF so shards can be linked
  /// again by "consentlint merge".
  std::string SummaryJson;
};

/// The URL of a check's documentation.
std::string checkDocUrl(const std::string &CheckName);

} // namespace consentlint

#endif
