//===- Run.h - The analysis pipeline of the consentlint command -*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_RUN_H
#define CONSENTLINT_DRIVER_RUN_H

#include "driver/Options.h"
#include "engine/DataDirs.h"
#include "engine/Engine.h"

namespace consentlint {

/// Exit codes, as documented in --help and docs/cli.md.
enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

/// The engine's options for the command line \p O: exclude globs without a
/// config file are relative to \p Root.
EngineOptions engineOptions(const DriverOptions &O, const DataDirs &Data,
                            const std::string &Root);

/// Analyse, link, map, report; returns the exit code.
int runAnalysis(const DriverOptions &O, const DataDirs &Data);

} // namespace consentlint

#endif
