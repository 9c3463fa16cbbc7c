//===- TextReporter.h - Compiler-style diagnostics --------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_REPORT_TEXTREPORTER_H
#define CONSENTLINT_DRIVER_REPORT_TEXTREPORTER_H

#include "driver/report/Report.h"

namespace consentlint {

/// path:line:col: warning: message [check], then the source line and a
/// caret, then note: lines, as clang prints them. Paths are relative to
/// \p Cwd when inside it.
std::string renderText(const Report &R, bool ShowSource, const std::string &Cwd);

} // namespace consentlint

#endif
