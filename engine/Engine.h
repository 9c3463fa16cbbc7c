//===- Engine.h - The analysis behind every front end -----------*- C++ -*-===//
//
// What the command line, the language server and the clang-tidy plugin
// share, in the role of clangd's ClangdServer: the configuration profiles
// and their rule packs, the purpose table, the shipped data directories,
// the privacy policy, scheduling units, linking them, the suppression,
// baseline and new-since filters and the mapping to the policy. It returns
// findings and structured compiler diagnostics; the front ends only convert
// them into their formats.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_ENGINE_H
#define CONSENTLINT_ENGINE_ENGINE_H

#include "checks/Finding.h"
#include "checks/consent/ProgramSummary.h"
#include "driver/Profiles.h"
#include "driver/policy/PolicyMapper.h"
#include "engine/Baseline.h"
#include "engine/ChangedLines.h"
#include "engine/CompileDatabase.h"
#include "engine/DataDirs.h"
#include "engine/Scheduler.h"
#include "engine/Suppressions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace consentlint {

struct EngineOptions {
  DataDirs Data;
  /// Configuration and rule selection (Profiles.RulesDir is Data.Rules).
  ProfileOptions Profiles;
  /// Purposes interned first, in this order ("merge": the shards' order).
  std::vector<std::string> Purposes;
  /// Where compile commands come from (the language server's documents).
  CompileDatabaseSpec Database;
  /// Threads, extra compiler arguments, resource directory, progress.
  ScheduleOptions Schedule;
  /// Information that is no error (the language server logs it).
  std::function<void(const std::string &)> Log;
};

/// The program after the link.
struct LinkedProgram {
  std::vector<Finding> Findings;  ///< Canonical order.
  std::vector<Finding> Practices; ///< Every sink, gated or not (the policy).
  std::unique_ptr<ProgramLinker> Linker; ///< Answers --explain.
  unsigned FailedUnits = 0;
  unsigned PartialUnits = 0; ///< Analysed despite compiler errors.
};

/// What the filters after the link leave out.
struct FilterOptions {
  SuppressionOptions Suppress; ///< NOLINT comments.
  SourceReader Read;           ///< Sources, unsaved or staged text first.
  const std::set<std::string> *OnlyFiles = nullptr;     ///< --hook-mode.
  const ChangedLines *Changed = nullptr;                ///< --new-since.
  const std::vector<BaselineEntry> *Baseline = nullptr; ///< --baseline.
  std::string SourceRoot;
};

struct FilterCounts {
  unsigned NotNew = 0;    ///< On lines unchanged since --new-since.
  unsigned Baselined = 0; ///< Recorded in the baseline.
};

/// What an editor shows for one document.
struct DocumentResult {
  std::vector<Finding> Findings;            ///< In the document.
  std::vector<CompilerDiagnostic> Compiler; ///< When it did not parse.
  /// The profile's policy could not be read (its file, the error); the
  /// findings carry no policy sections. Reported once.
  std::string PolicyFile, PolicyError;
};

/// What the clang-tidy plugin reports for one unit.
struct UnitFindings {
  std::vector<Finding> Findings;
  std::string PolicyError; ///< As in DocumentResult.
};

class Engine {
public:
  explicit Engine(EngineOptions Opts);
  ~Engine();

  // --- Configuration -------------------------------------------------------
  PurposeTable &purposes() { return *Purposes; }
  /// The profile of \p Source: its nearest .consentlint.yaml.
  llvm::Expected<const Profile *> profileFor(llvm::StringRef Source);
  /// The profile of a directory (--list-*, --dump-config, empty runs).
  llvm::Expected<const Profile *> profileForDirectory(llvm::StringRef Dir);
  /// \p P's privacy policy, read once; null when none is configured or it
  /// has no usable text. An unreadable policy is an error the first time,
  /// then null.
  llvm::Expected<const policy::ProjectPolicy *> policyFor(const Profile &P);
  /// Forgets profiles, policies and compile databases (one was edited).
  void reload();

  // --- The steps of a run --------------------------------------------------
  /// \p Files with a profile each; vendored files (the profile's 'exclude'
  /// globs) are left out unless \p KeepExcluded.
  llvm::Expected<std::vector<std::string>>
  selectUnits(const std::vector<std::string> &Files, bool KeepExcluded);
  /// Analyses the units selectUnits kept, in parallel, in their order.
  std::vector<UnitResult> analyze(const clang::tooling::CompilationDatabase &DB,
                                  const std::vector<std::string> &Files,
                                  const llvm::StringMap<std::string> &Overlays);
  /// Links the units' summaries as one program.
  LinkedProgram link(std::vector<UnitResult> &Units);
  /// Fills the findings' policy sections; adds policy-undisclosed-practice
  /// findings when \p ReportUndisclosed.
  policy::PolicyOutcome mapToPolicy(const policy::ProjectPolicy *Policy,
                                    bool ReportUndisclosed,
                                    const std::string &SourceRoot,
                                    LinkedProgram &Program);
  /// Marks suppressed findings, then drops those outside the hook's files,
  /// on unchanged lines, or in the baseline.
  FilterCounts filter(std::vector<Finding> &Findings, const FilterOptions &O);

  // --- Front ends ----------------------------------------------------------
  /// One document of an editor, with the unsaved text of \p Open (which
  /// holds \p Path's own). Fails when its profile or database cannot load.
  llvm::Expected<DocumentResult>
  analyzeDocument(const std::string &Path,
                  const llvm::StringMap<std::string> &Open);
  /// A unit clang-tidy has parsed, linked on its own.
  llvm::Expected<UnitFindings> analyzeAST(clang::ASTContext &Ctx,
                                          llvm::StringRef MainFile);

private:
  llvm::Expected<clang::tooling::CompilationDatabase *>
  databaseFor(const std::string &Path);
  void log(const std::string &Message) const;

  EngineOptions Opts;
  std::string Cwd;
  std::unique_ptr<PurposeTable> Purposes;
  std::unique_ptr<Profiles> Profs;
  std::map<std::string, const Profile *> ProfileOf; ///< The kept units.
  /// By policy file; empty when unusable or unreadable.
  std::map<std::string, std::optional<policy::ProjectPolicy>> Policies;
  std::map<std::string, std::unique_ptr<clang::tooling::CompilationDatabase>>
      Databases; ///< By directory; "<command line>" for -p and "--".
};

} // namespace consentlint

#endif
