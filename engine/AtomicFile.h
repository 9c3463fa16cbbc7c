//===- AtomicFile.h - Write output files all or nothing ---------*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_ATOMICFILE_H
#define CONSENTLINT_ENGINE_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace consentlint {

/// Writes \p Contents to \p Path through a temporary file in the same
/// directory and a rename, so a failed run never leaves a truncated file
/// and never destroys the previous one. "-" writes to stdout.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents);

} // namespace consentlint

#endif
