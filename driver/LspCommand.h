//===- LspCommand.h - The "consentlint lsp" subcommand ----------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_LSPCOMMAND_H
#define CONSENTLINT_DRIVER_LSPCOMMAND_H

#include "engine/DataDirs.h"

namespace consentlint {

/// Runs the language server on stdin/stdout. \p Argv[1] is "lsp"; the other
/// arguments are the analysis options of the consentlint command (-p,
/// --config-file, --checks, --rules, flags after "--", ...). Returns 0 after
/// "shutdown" and "exit", 1 when the client exits or disconnects without
/// shutting down, 2 on a usage error.
int runLsp(int Argc, const char **Argv, const DataDirs &Data);

} // namespace consentlint

#endif
