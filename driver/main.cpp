//===- main.cpp - The consentlint program ---------------------------------===//

#include "driver/LspCommand.h"
#include "driver/Options.h"
#include "driver/Run.h"
#include "driver/Subcommands.h"
#include "driver/policy/PolicyCommand.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/InitLLVM.h"

using namespace consentlint;

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  // A crash while analysing one unit is reported for that unit only.
  llvm::CrashRecoveryContext::Enable();
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "lsp")
    return runLsp(Argc, Argv, reinterpret_cast<void *>(&main));
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "baseline")
    return runBaselineCommand(Argc, Argv, reinterpret_cast<void *>(&main));
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge")
    return runMergeCommand(Argc, Argv, reinterpret_cast<void *>(&main));
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "policy")
    return runPolicyCommand(Argc, Argv, reinterpret_cast<void *>(&main));
  DriverOptions O;
  if (!parseDriverOptions(Argc, Argv, O))
    return ExitError;
  return runAnalysis(O, Argv[0], reinterpret_cast<void *>(&main));
}
