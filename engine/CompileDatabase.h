//===- CompileDatabase.h - Find and load the compile database ---*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_COMPILEDATABASE_H
#define CONSENTLINT_ENGINE_COMPILEDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace consentlint {

/// Where the compile commands come from, as the command line says.
struct CompileDatabaseSpec {
  std::string BuildPath;                 ///< -p <dir>; empty: discover.
  bool HaveCompilerArgs = false;         ///< Flags were given after "--".
  std::vector<std::string> CompilerArgs; ///< Those flags.
  /// Where discovery starts (the first source); empty: the current directory.
  std::string SearchFrom;
};

/// The database the user asked for: flags after "--", -p <dir>, or
/// compile_commands.json found upward from the first source (then in a
/// build/ directory at each level). Without any, an error that says how to
/// produce one: consentlint never runs with guessed flags.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompileDatabase(const CompileDatabaseSpec &O, const std::string &Cwd);

/// The directory holding compile_commands.json for \p Start, or "".
std::string findCompileDatabaseDir(llvm::StringRef Start);

} // namespace consentlint

#endif
