//===- PolicyText.h - Bytes of a policy file to normalised lines -*- C++ -*-===//
//
// Internal to driver/policy: decoding and per-line normalisation.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_POLICY_POLICYTEXT_H
#define CONSENTLINT_DRIVER_POLICY_POLICYTEXT_H

#include "driver/policy/PolicyReader.h"
#include <string>
#include <vector>

namespace consentlint {
namespace policy {

struct DecodedText {
  std::string Text; ///< UTF-8 without BOM.
  bool Usable = true;
  std::vector<Diagnostic> Warnings;
};

/// Strips a BOM, rejects empty, UTF-16 and binary files, cuts huge ones and
/// reads invalid UTF-8 as Windows-1252, each with a warning.
DecodedText decodePolicyBytes(llvm::StringRef Bytes);

struct SourceLine {
  unsigned Line = 0; ///< 1-based line in the file.
  std::string Text;
};

enum class PolicyFormat { Text, Markdown, Html };
PolicyFormat sniffFormat(llvm::StringRef Path, llvm::StringRef Text);

/// Splits text on '\n' (a '\r' before it is removed by normalizeLine).
std::vector<SourceLine> textToLines(llvm::StringRef S);
/// Turns HTML into lines: <hN> become "#" x N headings, block elements end
/// lines, <li> becomes a "- " bullet, entities are decoded, scripts and
/// styles are dropped.
std::vector<SourceLine> htmlToLines(llvm::StringRef S);

/// NBSP and other spaces to ' ', curly quotes to straight ones, dashes to
/// '-', bullet characters to '-', runs of spaces collapsed, trimmed at the
/// end.
std::string normalizeLine(llvm::StringRef In);

} // namespace policy
} // namespace consentlint

#endif
