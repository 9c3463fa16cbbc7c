//===- Git.h - What git knows: changed lines, staged content ----*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_GIT_H
#define CONSENTLINT_DRIVER_GIT_H

#include "engine/ChangedLines.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace consentlint {

/// Runs git with \p Args in \p Dir; returns its stdout, or an error with
/// its stderr.
llvm::Expected<std::string> runGit(const std::string &Dir,
                                   const std::vector<std::string> &Args);

/// The work tree's top level above \p Dir (symlinks resolved).
llvm::Expected<std::string> gitTopLevel(const std::string &Dir);

/// Lines added or changed in the work tree since the merge base of
/// \p Rev and HEAD (git diff -U0), plus untracked files, whole.
llvm::Expected<ChangedLines> changedLinesSince(const std::string &Rev,
                                               const std::string &Dir);

/// Parses "git diff -U0" output; paths are joined to \p Top.
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, const std::string &Top);

/// The staged (index) content of \p Files and of every tracked file whose
/// work-tree copy differs from the index, keyed by absolute path.
llvm::Expected<llvm::StringMap<std::string>>
stagedContent(const std::string &Dir, const std::vector<std::string> &Files);

} // namespace consentlint

#endif
