//===- DataDirs.cpp - Where the shipped data is ---------------------------===//

#include "engine/DataDirs.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace consentlint {

static std::string shipped(const char *EnvVar, llvm::StringRef Binary,
                           llvm::StringRef Subdir) {
  if (auto Env = llvm::sys::Process::GetEnv(EnvVar))
    return *Env;
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(Binary));
  llvm::sys::path::append(Dir, "..", "share", "consentlint", Subdir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  return std::string(Dir);
}

DataDirs DataDirs::nextTo(llvm::StringRef Binary) {
  DataDirs D;
  D.Rules = shipped("CONSENTLINT_RULES_DIR", Binary, "rules");
  D.Policy = shipped("CONSENTLINT_POLICY_DIR", Binary, "policy");
  D.SdkStubs = shipped("CONSENTLINT_SDK_STUBS_DIR", Binary, "sdk-stubs");
  return D;
}

std::vector<std::string> DataDirs::sdkStubIncludeDirs() const {
  std::vector<std::string> Dirs;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(SdkStubs, EC), End;
       It != End && !EC; It.increment(EC))
    if (It->type() == llvm::sys::fs::file_type::directory_file)
      Dirs.push_back(It->path());
  llvm::sort(Dirs); // Deterministic search order.
  return Dirs;
}

} // namespace consentlint
