//===- Fingerprint.h - Line hashes that track findings ----------*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_FINGERPRINT_H
#define CONSENTLINT_ENGINE_FINGERPRINT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace consentlint {

/// GitHub's primaryLocationLineHash for every line of \p Text, exactly as
/// github/codeql-action's fingerprints.ts computes it: a rolling hash over
/// the 100 characters from the start of each line, skipping spaces and tabs,
/// with CR/CRLF read as LF, and ":<n>" counting earlier equal hashes.
/// Element 0 is line 1.
std::vector<std::string> lineHashes(llvm::StringRef Text);

/// A line-independent fingerprint: check, rule, repo-relative path and the
/// flagged line with all whitespace removed. Used by baselines and GitLab.
std::string stableFingerprint(llvm::StringRef Check, llvm::StringRef Rule,
                              llvm::StringRef RelPath, llvm::StringRef SourceLine);

} // namespace consentlint

#endif
