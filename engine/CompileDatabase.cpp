//===- CompileDatabase.cpp - Find and load the compile database -----------===//

#include "engine/CompileDatabase.h"
#include "engine/JsonFile.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

using namespace clang::tooling;

namespace consentlint {

static llvm::Error fail(const std::string &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

std::string findCompileDatabaseDir(llvm::StringRef Start) {
  llvm::SmallString<256> Dir(Start);
  llvm::sys::fs::make_absolute(Dir);
  if (!llvm::sys::fs::is_directory(Dir))
    Dir = llvm::sys::path::parent_path(Dir);
  while (!Dir.empty()) {
    for (const char *Sub : {"", "build"}) {
      llvm::SmallString<256> C(Dir);
      llvm::sys::path::append(C, Sub, "compile_commands.json");
      if (llvm::sys::fs::exists(C))
        return std::string(llvm::sys::path::parent_path(C));
    }
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return "";
}

/// Checks the JSON first, so a broken file gets file:line:col.
static llvm::Error validateJson(const std::string &Path) {
  auto V = readJsonFile(Path, "compilation database",
                        "; regenerate it (cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, "
                        "or bear -- make)");
  if (!V)
    return V.takeError();
  if (!V->getAsArray())
    return fail(Path + ":1:1: error: invalid compilation database: expected a "
                       "JSON array of compile commands");
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadCompileDatabase(const CompileDatabaseSpec &O, const std::string &Cwd) {
  if (O.HaveCompilerArgs) {
    std::vector<std::string> Args = O.CompilerArgs;
    return std::unique_ptr<CompilationDatabase>(
        std::make_unique<FixedCompilationDatabase>(Cwd, Args));
  }
  std::string Dir;
  if (!O.BuildPath.empty()) {
    Dir = O.BuildPath;
    llvm::SmallString<256> C(Dir);
    llvm::sys::path::append(C, "compile_commands.json");
    if (!llvm::sys::fs::exists(C))
      return fail(C.str().str() +
                  ": error: no compilation database here; configure the build "
                  "with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or use bear), or "
                  "pass compiler flags after '--'");
  } else {
    const std::string &From = O.SearchFrom.empty() ? Cwd : O.SearchFrom;
    Dir = findCompileDatabaseDir(From);
    if (Dir.empty())
      return fail(
          "error: no compilation database found (searched upward from " +
          From +
          " for compile_commands.json and build/compile_commands.json); pass "
          "-p <build-dir>, or compiler flags after '--', e.g. consentlint "
          "file.cpp -- -std=c++17 -Iinclude");
  }
  llvm::SmallString<256> Json(Dir);
  llvm::sys::path::append(Json, "compile_commands.json");
  if (llvm::Error E = validateJson(std::string(Json)))
    return std::move(E);
  std::string Err;
  auto DB = JSONCompilationDatabase::loadFromFile(
      Json, Err, JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return fail(std::string(Json) + ": error: cannot load the compilation "
                                    "database: " + Err);
  // Headers and files missing from the database borrow a neighbour's flags.
  return inferMissingCompileCommands(std::move(DB));
}

} // namespace consentlint
