//===- main.cpp - The consentlint program ---------------------------------===//

#include "driver/LspCommand.h"
#include "driver/Options.h"
#include "driver/Run.h"
#include "driver/Subcommands.h"
#include "driver/policy/PolicyCommand.h"
#include "engine/DataDirs.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"

using namespace consentlint;

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  // A crash while analysing one unit is reported for that unit only.
  llvm::CrashRecoveryContext::Enable();
  // The shipped data is found once, here, and passed on.
  DataDirs Data = DataDirs::nextTo(llvm::sys::fs::getMainExecutable(
      Argv[0], reinterpret_cast<void *>(&main)));
  llvm::StringRef Command = Argc > 1 ? Argv[1] : "";
  if (Command == "lsp")
    return runLsp(Argc, Argv, Data);
  if (Command == "baseline")
    return runBaselineCommand(Argc, Argv, Data);
  if (Command == "merge")
    return runMergeCommand(Argc, Argv, Data);
  if (Command == "policy")
    return runPolicyCommand(Argc, Argv, Data.Policy);
  DriverOptions O;
  if (!parseDriverOptions(Argc, Argv, O))
    return ExitError;
  return runAnalysis(O, Data);
}
