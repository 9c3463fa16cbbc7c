//===- Compat.h - Every LLVM-version difference lives here ------*- C++ -*-===//
//
// consentlint supports LLVM 19 (Debian bookworm's llvm-19). Each wrapper
// names the release that changed the API it hides.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_SUPPORT_COMPAT_H
#define CONSENTLINT_SUPPORT_COMPAT_H

#include "llvm/Config/llvm-config.h"

#if LLVM_VERSION_MAJOR < 19
#error "consentlint needs LLVM 19 or newer"
#endif

namespace consentlint {
namespace compat {

/// The LLVM release consentlint was built against, e.g. "19.1.7".
inline const char *llvmVersion() { return LLVM_VERSION_STRING; }

} // namespace compat
} // namespace consentlint

#endif
