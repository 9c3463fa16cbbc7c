//===- FileSelection.h - Shards and pre-commit file lists -------*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_FILESELECTION_H
#define CONSENTLINT_ENGINE_FILESELECTION_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace consentlint {

/// FNV-1a (64-bit) of \p RelPath: stable across runs, platforms and
/// releases, so a file always lands in the same shard.
uint64_t shardHash(llvm::StringRef RelPath);

/// The files of shard \p K (1-based) of \p N, by the hash of their path
/// relative to \p SourceRoot. Order is kept.
std::vector<std::string> shardSlice(const std::vector<std::string> &Files,
                                    const std::string &SourceRoot, unsigned K,
                                    unsigned N);

bool isHeaderFile(llvm::StringRef Path);

/// For pre-commit: the translation units to analyse for \p Given (absolute
/// paths). Sources are analysed themselves; a header that the database
/// does not list is analysed through the first unit in the database that
/// includes it, or skipped with a note on stderr.
std::vector<std::string>
hookModeUnits(const clang::tooling::CompilationDatabase &DB,
              const std::vector<std::string> &Given, bool Quiet);

} // namespace consentlint

#endif
