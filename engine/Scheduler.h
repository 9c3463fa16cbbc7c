//===- Scheduler.h - Analyse translation units in parallel ------*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_SCHEDULER_H
#define CONSENTLINT_ENGINE_SCHEDULER_H

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

/// One compiler diagnostic of a unit, kept as values (as clang's
/// StoredDiagnostic keeps them), so front ends convert rather than re-parse
/// text. Only errors are kept, each followed by its notes.
struct CompilerDiagnostic {
  Level Severity = Level::Error; ///< Error (fatal ones too) or Note.
  std::string File;              ///< As clang names it; "" without a position.
  unsigned Line = 0, Column = 0; ///< 1-based; 0 without a position.
  std::string Message;
};

struct UnitResult {
  std::string File;
  bool Failed = false;
  /// The unit had compiler errors but was analysed on its partial AST
  /// (clang's error recovery), as clang-tidy does: findings may be missing.
  bool Partial = false;
  std::string Diagnostics; ///< Compiler errors, clang-formatted (for stderr).
  std::vector<CompilerDiagnostic> Compiler; ///< The same errors, structured.
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
