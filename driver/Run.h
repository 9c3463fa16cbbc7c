//===- Run.h - The analysis pipeline of the consentlint command -*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_RUN_H
#define CONSENTLINT_DRIVER_RUN_H

#include "driver/Options.h"

namespace consentlint {

/// Exit codes, as documented in --help and docs/cli.md.
enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

/// Analyse, link, map, report; returns the exit code.
int runAnalysis(const DriverOptions &O, const char *Argv0, void *MainAddr);

} // namespace consentlint

#endif
