//===- GitlabReporter.h - GitLab Code Quality report ------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_GITLABREPORTER_H
#define CONSENTLINT_DRIVER_REPORT_GITLABREPORTER_H

#include "driver/report/Report.h"
#include <string>

namespace consentlint {

/// A Code Climate-style JSON array (UTF-8, no byte-order mark) for
/// artifacts:reports:codequality. Fingerprints are location-independent
/// (check, rule, path, normalised code) plus the occurrence number of equal
/// ones, so identical calls on different lines stay distinct.
std::string renderGitlab(const Report &R);

} // namespace consentlint

#endif
