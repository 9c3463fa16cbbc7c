//===- CompileDatabase.h - Find and load the compile database ---*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_COMPILEDATABASE_H
#define CONSENTLINT_DRIVER_COMPILEDATABASE_H

#include "driver/Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace consentlint {

/// The database the user asked for: flags after "--", -p <dir>, or
/// compile_commands.json found upward from the first source (then in a
/// build/ directory at each level). Without any, an error that says how to
/// produce one: consentlint never runs with guessed flags.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompileDatabase(const DriverOptions &O, const std::string &Cwd);

/// The directory holding compile_commands.json for \p Start, or "".
std::string findCompileDatabaseDir(llvm::StringRef Start);

} // namespace consentlint

#endif
