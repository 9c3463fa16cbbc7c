//===- PolicyReader.h - Read a privacy policy into a section tree -*- C++ -*-===//
//
// Reads a project's privacy policy (plain text, Markdown or HTML; UTF-8 with
// or without BOM) and recovers, for every translation in the file, its
// language and its tree of sections. See docs/policy-mapping.md for what the
// reader copes with and what it does not.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_POLICY_POLICYREADER_H
#define CONSENTLINT_DRIVER_POLICY_POLICYREADER_H

#include "rules/loader/LoadRulePack.h"
#include "rules/loader/RulePack.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace consentlint {
namespace policy {

/// The data the reader and the mapper run on, loaded from
/// share/consentlint/policy (or $CONSENTLINT_POLICY_DIR).
struct LanguageData {
  std::vector<rules::LanguageProfile> Languages; ///< File order.
  rules::Lexicon Lexicon; ///< topic -> language -> keywords.

  const rules::LanguageProfile *find(llvm::StringRef Code) const;
};

/// Loads languages.yaml and lexicon.yaml from \p Dir.
llvm::Expected<LanguageData> loadLanguageData(llvm::StringRef Dir);

struct Section {
  std::string Id;    ///< "2.5", "II", "II.a"; derived for unnumbered headings.
  std::string Title; ///< Without its number.
  std::string Body;  ///< The section's own text, before its first child.
  unsigned Line = 0; ///< 1-based line of the heading in the file.
  unsigned Depth = 1;
  bool Numbered = false; ///< The number is written in the policy.
  /// An item of a numbered or lettered list inside a section ("1. Types of
  /// cookies", "a. Required cookies"): a sub-part of the section, not a
  /// section; its id is the section's with the item's label: "2.5(1)(a)".
  bool Item = false;
  /// The section's title in the table of contents, when it differs.
  std::string TocTitle;
  int Parent = -1;       ///< Index in Block::Sections, -1 for top level.
};

/// One translation of the policy.
struct Block {
  std::string Language; ///< Code from languages.yaml, empty when unknown.
  std::string Title;    ///< The document title, when there is one.
  unsigned FirstLine = 0, LastLine = 0;
  std::vector<Section> Sections; ///< Document order.

  const Section *find(llvm::StringRef Id) const;
};

struct Diagnostic {
  unsigned Line = 0, Column = 0; ///< 0: the whole file.
  std::string Message;
};

struct Document {
  std::string File;
  std::string Hash;   ///< SHA-256 of the file's bytes, hex.
  std::string Format; ///< text, markdown or html.
  std::vector<Block> Blocks;
  /// Warnings about the file; the policy is still used when Usable.
  std::vector<Diagnostic> Warnings;
  /// False for an empty or binary file: the mapping is skipped.
  bool Usable = true;

  /// The block in \p Language, or the first block when it is empty.
  const Block *block(llvm::StringRef Language) const;
};

/// The largest policy read; longer files are cut with a warning.
constexpr size_t MaxPolicyBytes = 4u << 20;

/// Parses \p Bytes, the contents of \p File. Never fails: problems with the
/// text become warnings.
Document parsePolicy(llvm::StringRef Bytes, llvm::StringRef File,
                     const LanguageData &Data);

/// Reads and parses \p Path; fails only when the file cannot be read.
llvm::Expected<Document> readPolicy(llvm::StringRef Path,
                                    const LanguageData &Data);

/// "file:line:col: warning: message" (line and column when known).
std::string formatWarning(const Document &D, const Diagnostic &W);

/// Lowercases ASCII and Latin-1 letters in UTF-8 text.
std::string lowerText(llvm::StringRef S);

} // namespace policy
} // namespace consentlint

#endif
