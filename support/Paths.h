//===- Paths.h - Path helpers every library may use -------------*- C++ -*-===//

#ifndef CONSENTLINT_SUPPORT_PATHS_H
#define CONSENTLINT_SUPPORT_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace consentlint {

/// \p P made absolute (against the current directory), without "." and
/// ".." components, symlinks resolved when it exists.
std::string absolutePath(llvm::StringRef P);

/// \p AbsPath relative to \p Root (no trailing slash) when it lies below
/// it, else \p AbsPath unchanged.
std::string relativeTo(const std::string &AbsPath, const std::string &Root);

} // namespace consentlint

#endif
