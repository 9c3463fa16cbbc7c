//===- SarifReporter.h - SARIF 2.1.0 for code scanning ----------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_SARIFREPORTER_H
#define CONSENTLINT_DRIVER_REPORT_SARIFREPORTER_H

#include "driver/report/Report.h"

namespace consentlint {

/// One SARIF 2.1.0 run: rules per check, results with repo-relative URIs,
/// GitHub line-hash fingerprints, related locations, code flows and the
/// privacy policy as a taxonomy. Validates with sarif-multitool's "Gh;Sarif"
/// rules without errors or warnings.
std::string renderSarif(const Report &R);

/// Converts a 1-based byte column of \p Line to a 1-based UTF-16 column.
unsigned utf16Column(const std::string &Line, unsigned ByteColumn);

} // namespace consentlint

#endif
