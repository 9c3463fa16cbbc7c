//===- LoadRulePack.h - Read rule packs and project config ------*- C++ -*-===//
//
// The loader's public API. Every entry point is noexcept and reports bad
// input as an llvm::Error whose message is
//   file:line:col: error: <what> [consentlint-config]
// so the driver can print it as a compiler-style diagnostic.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_RULES_LOADER_LOADRULEPACK_H
#define CONSENTLINT_RULES_LOADER_LOADRULEPACK_H

#include "rules/loader/RulePack.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace consentlint {
namespace rules {

/// Parses one rule pack from \p Text; \p Path is used in messages only.
llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef Path) noexcept;

/// Reads and parses the rule pack at \p Path.
llvm::Expected<RulePack> loadRulePack(llvm::StringRef Path) noexcept;

/// Reads every *.yaml pack in \p Dir (sorted by name), or the one file.
llvm::Expected<std::vector<RulePack>> loadRulePacks(llvm::StringRef Path) noexcept;

/// Parses a project's .consentlint.yaml. Relative paths in it are resolved
/// against the directory of \p Path.
llvm::Expected<Config> parseConfig(llvm::StringRef Text,
                                   llvm::StringRef Path) noexcept;
llvm::Expected<Config> loadConfig(llvm::StringRef Path) noexcept;

/// Parses a policy topic lexicon (rules/policy/lexicon.yaml): topic ->
/// language -> keywords.
using Lexicon =
    std::map<std::string, std::map<std::string, std::vector<std::string>>>;
llvm::Expected<Lexicon> loadLexicon(llvm::StringRef Path) noexcept;

/// Parses the language profiles of the policy reader
/// (rules/policy/languages.yaml), in file order.
llvm::Expected<std::vector<LanguageProfile>>
loadLanguageProfiles(llvm::StringRef Path) noexcept;

/// Formats a loader diagnostic in the one format all loader errors use.
std::string formatConfigError(llvm::StringRef File, unsigned Line,
                              unsigned Column, llvm::StringRef Message);

} // namespace rules
} // namespace consentlint

#endif
