//===- Scheduler.h - Analyse translation units in parallel ------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_SCHEDULER_H
#define CONSENTLINT_DRIVER_SCHEDULER_H

#include "checks/consent/ProgramSummary.h"
#include "driver/Profiles.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <functional>
#include <string>
#include <vector>

namespace consentlint {

struct ScheduleOptions {
  unsigned Jobs = 1;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  std::string ResourceDir;
  /// Fallback include directories (consentlint's SDK declarations), searched
  /// after every directory of the unit's own command (-idirafter).
  std::vector<std::string> FallbackIncludeDirs;
  /// Unsaved editor buffers: path -> contents.
  llvm::StringMap<std::string> Overlays;
  /// Report sinks only in the analysed source files themselves.
  bool OnlyMainFiles = false;
  bool Quiet = false;
};

struct UnitResult {
  std::string File;
  bool Failed = false;
  /// The unit had compiler errors but was analysed on its partial AST
  /// (clang's error recovery), as clang-tidy does: findings may be missing.
  bool Partial = false;
  std::string Diagnostics; ///< Compiler errors, clang-formatted.
  std::vector<TUSummary> Summaries;
};

/// Analyses \p Files (each with the profile \p ProfileFor gives) with up to
/// Jobs threads. Results come back in the order of \p Files, whatever the
/// scheduling, so output is deterministic.
std::vector<UnitResult>
analyzeUnits(const clang::tooling::CompilationDatabase &DB,
             const std::vector<std::string> &Files,
             const std::function<const Profile *(const std::string &)> &ProfileFor,
             const ScheduleOptions &Opts);

} // namespace consentlint

#endif
