//===- main.cpp - The consentlint program ---------------------------------===//

#include "driver/Options.h"
#include "driver/Run.h"
#include "llvm/Support/InitLLVM.h"

using namespace consentlint;

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  DriverOptions O;
  if (!parseDriverOptions(Argc, Argv, O))
    return ExitError;
  return runAnalysis(O, Argv[0], reinterpret_cast<void *>(&main));
}
