//===- Paths.cpp - Path helpers every library may use ---------------------===//

#include "support/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace consentlint {

std::string absolutePath(llvm::StringRef P) {
  llvm::SmallString<256> S(P);
  llvm::sys::fs::make_absolute(S);
  llvm::sys::path::remove_dots(S, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(S, Real))
    return std::string(Real);
  return std::string(S);
}

std::string relativeTo(const std::string &AbsPath, const std::string &Root) {
  if (Root.empty())
    return AbsPath;
  llvm::StringRef P(AbsPath);
  if (P.starts_with(Root) && P.size() > Root.size() && P[Root.size()] == '/')
    return P.drop_front(Root.size() + 1).str();
  return AbsPath;
}

} // namespace consentlint
