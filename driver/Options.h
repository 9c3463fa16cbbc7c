//===- Options.h - The consentlint command line -----------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_OPTIONS_H
#define CONSENTLINT_DRIVER_OPTIONS_H

#include <string>
#include <vector>

namespace consentlint {

/// What the command line asked for, after parsing (clang-tidy's names).
struct DriverOptions {
  std::vector<std::string> Sources;
  std::string BuildPath;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  std::vector<std::string> CompilerArgs; ///< After "--".
  bool HaveCompilerArgs = false;
  std::string Checks;
  std::string ConfigFile;
  std::vector<std::string> Rules;
  std::string Format = "text";
  std::string Output;
  unsigned Jobs = 0;
  bool ListChecks = false, ListRules = false, DumpConfig = false;
  bool DumpRulesJson = false;
  std::string FailOn;
  std::string Explain;
  std::string ResourceDir;
  bool NoSdkStubs = false;
  std::string SourceRoot;
  std::string Policy;
  std::string Category;
  bool NoSource = false;
  bool Quiet = false;
  bool Experimental = false;
  bool IncludeSuppressed = false;
  std::vector<std::string> Exclude; ///< --exclude path globs.
  // Integrations (issue 6): suppressions, baselines, hooks, shards.
  bool RequireJustification = false;
  std::string Baseline;       ///< --baseline: report only new findings.
  std::string BaselineAction; ///< "create"/"update" (consentlint baseline).
  std::string NewSince;       ///< --new-since <git-rev>.
  unsigned ShardIndex = 0, ShardCount = 0; ///< --shard=K/N (K is 1-based).
  bool HookMode = false;      ///< --hook-mode (pre-commit).
  bool Staged = false;        ///< --staged: analyse the git index content.
  bool EmitSummaries = false; ///< Cross-unit summaries in SARIF (for merge).
  bool FormatGiven = false;   ///< --format was on the command line.
  std::vector<std::string> MergeInputs; ///< consentlint merge <sarif>...
};

/// Parses \p Argv (clang-tidy conventions, "--" for compiler flags).
/// Returns false after printing a usage error.
bool parseDriverOptions(int Argc, const char **Argv, DriverOptions &Out);

} // namespace consentlint

#endif
