//===- ChangedLines.h - The lines --new-since reports -----------*- C++ -*-===//
//
// Which lines of which files changed (the driver asks git); the engine's
// new-since filter keeps only findings on them.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_CHANGEDLINES_H
#define CONSENTLINT_ENGINE_CHANGEDLINES_H

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace consentlint {

struct ChangedLines {
  /// Absolute path -> changed line ranges (first, last; 1-based).
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> Ranges;
  std::set<std::string> WholeFiles; ///< Absolute; new or untracked.
  bool contains(const std::string &File, unsigned Line) const;
};

} // namespace consentlint

#endif
