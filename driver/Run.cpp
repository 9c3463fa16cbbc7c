//===- Run.cpp - The analysis pipeline of the consentlint command ---------===//
//
// The command's steps around the engine: load the configuration, select
// the units, analyse them (in parallel), link, map to the privacy policy,
// filter (suppressions, baseline, new-since), render. Every error names a
// file and says what to do; results of units that did analyse are still
// written when another unit fails.
//
//===----------------------------------------------------------------------===//

#include "driver/Run.h"
#include "driver/Git.h"
#include "driver/RulesJson.h"
#include "driver/Subcommands.h"
#include "driver/SummaryJson.h"
#include "driver/report/Reporter.h"
#include "engine/AtomicFile.h"
#include "engine/Engine.h"
#include "engine/FileSelection.h"
#include "support/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <fstream>
#include <set>

namespace consentlint {

static std::string currentDir() {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return absolutePath(Cwd);
}

/// The git top level above \p Dir, else \p Dir.
static std::string defaultSourceRoot(const std::string &Dir) {
  llvm::SmallString<256> D(Dir);
  while (!D.empty()) {
    llvm::SmallString<256> G(D);
    llvm::sys::path::append(G, ".git");
    if (llvm::sys::fs::exists(G))
      return std::string(D);
    llvm::StringRef Parent = llvm::sys::path::parent_path(D);
    if (Parent == D)
      break;
    D = Parent;
  }
  return Dir;
}

static int printConfigError(llvm::Error E) {
  llvm::errs() << llvm::toString(std::move(E)) << "\n";
  return ExitError;
}

static void listJoined(llvm::raw_ostream &OS,
                       const std::vector<std::string> &Items) {
  for (size_t I = 0; I < Items.size(); ++I)
    OS << (I ? "," : "") << Items[I];
}

static int listRules(const Profile &P) {
  llvm::raw_ostream &OS = llvm::outs();
  for (const rules::RulePack &Pack : P.Rules->packs()) {
    for (const rules::SinkRule &R : Pack.Rules) {
      OS << R.Id << "  [" << R.Check << "]  " << R.Practice;
      OS << "  purposes: ";
      listJoined(OS, R.Purposes);
      if (R.Purposes.empty())
        OS << "(by cookie category)";
      OS << "  data: ";
      listJoined(OS, R.DataCategories);
      OS << "  (" << Pack.Name << ")\n";
    }
    for (const rules::GateRule &G : Pack.Gates) {
      OS << G.Id << "  [gate"
         << (G.Kind == rules::GateKind::NotRequired ? ", not-required" : "")
         << "]  purposes: ";
      listJoined(OS, G.Purposes);
      if (G.PurposeArg)
        OS << "(from argument " << *G.PurposeArg << ")";
      OS << "  (" << Pack.Name << ")\n";
    }
  }
  return ExitClean;
}

static bool atOrAbove(Level L, llvm::StringRef FailOn) {
  if (FailOn == "never")
    return false;
  Level T = FailOn == "error"  ? Level::Error
            : FailOn == "note" ? Level::Note
                               : Level::Warning;
  return L >= T;
}

/// Where the command line says the compile commands come from.
static CompileDatabaseSpec databaseSpec(const DriverOptions &O) {
  CompileDatabaseSpec S;
  S.BuildPath = O.BuildPath;
  S.HaveCompilerArgs = O.HaveCompilerArgs;
  S.CompilerArgs = O.CompilerArgs;
  S.SearchFrom = O.Sources.empty() ? "" : O.Sources.front();
  return S;
}

EngineOptions engineOptions(const DriverOptions &O, const DataDirs &Data,
                            const std::string &Root) {
  EngineOptions EO;
  EO.Data = Data;
  ProfileOptions &PO = EO.Profiles;
  PO.ConfigFile = O.ConfigFile.empty() ? "" : absolutePath(O.ConfigFile);
  PO.Checks = O.Checks;
  PO.FailOn = O.FailOn;
  for (const std::string &R : O.Rules)
    PO.Rules.push_back(absolutePath(R));
  PO.Policy = O.Policy.empty() ? "" : absolutePath(O.Policy);
  PO.Experimental = O.Experimental;
  PO.Exclude = O.Exclude;
  PO.Root = Root;
  EO.Database = databaseSpec(O);
  ScheduleOptions &SO = EO.Schedule;
  SO.Jobs = O.Jobs;
  SO.ExtraArgs = O.ExtraArgs;
  SO.ExtraArgsBefore = O.ExtraArgsBefore;
  SO.ResourceDir = O.ResourceDir;
  if (!O.NoSdkStubs)
    SO.FallbackIncludeDirs = Data.sdkStubIncludeDirs();
  SO.Quiet = O.Quiet || O.HookMode;
  return EO;
}

namespace {

/// One run of the command: run() is the pipeline, each step a method that
/// returns an exit code when the run ends there.
class AnalysisRun {
public:
  AnalysisRun(const DriverOptions &Opts, const DataDirs &Data)
      : O(Opts), Data(Data) {}
  int run();

private:
  // The steps, in order; each returns the exit code when the run ends there.
  std::optional<int> load();
  std::optional<int> listOrDump();
  std::optional<int> skipEmptyHook();
  std::optional<int> readFilterInputs();
  std::optional<int> loadUnitSources();
  std::optional<int> selectUnits();
  std::optional<int> loadPolicy();
  std::optional<int> analyse();
  std::optional<int> link();
  std::optional<int> mapToPolicy();
  std::optional<int> explain();
  std::optional<int> filter();
  std::optional<int> render();
  int finish();

  /// The profile of the first source, else of the current directory.
  llvm::Expected<const Profile *> firstProfile() {
    return O.Sources.empty() ? E->profileForDirectory(Cwd)
                             : E->profileFor(O.Sources.front());
  }

  DriverOptions O;
  DataDirs Data;
  std::string Cwd, SourceRoot;
  MergeInputs Merge;
  std::unique_ptr<Engine> E;
  std::vector<BaselineEntry> BaselineEntries;
  std::optional<ChangedLines> Changed;
  std::vector<UnitSummaries> Merged;
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  std::vector<std::string> Files;
  std::set<std::string> HookFiles; ///< --hook-mode reports only these.
  const Profile *First = nullptr;
  const policy::ProjectPolicy *Policy = nullptr;
  llvm::StringMap<std::string> Overlays; ///< --staged: the git index.
  std::vector<UnitResult> Units;
  LinkedProgram Program;
  policy::PolicyOutcome PolicyOut;
  FilterCounts Filtered;
  Report R;
};

int AnalysisRun::run() {
  using Step = std::optional<int> (AnalysisRun::*)();
  for (Step S : {&AnalysisRun::load, &AnalysisRun::listOrDump,
                 &AnalysisRun::skipEmptyHook, &AnalysisRun::readFilterInputs,
                 &AnalysisRun::loadUnitSources, &AnalysisRun::selectUnits,
                 &AnalysisRun::loadPolicy, &AnalysisRun::analyse,
                 &AnalysisRun::link, &AnalysisRun::mapToPolicy,
                 &AnalysisRun::explain, &AnalysisRun::filter,
                 &AnalysisRun::render})
    if (std::optional<int> RC = (this->*S)())
      return *RC;
  return finish();
}

/// The configuration: "merge"'s recorded options, then the engine.
std::optional<int> AnalysisRun::load() {
  Cwd = currentDir();
  SourceRoot = O.SourceRoot.empty() ? defaultSourceRoot(Cwd)
                                    : absolutePath(O.SourceRoot);
  // "consentlint merge": the shards' summaries replace the analysis, and
  // the options they were made with apply unless given again.
  if (!O.MergeInputs.empty()) {
    if (llvm::Error Err = loadMergeInputs(O.MergeInputs, Merge))
      return printConfigError(std::move(Err));
    applyRecordedOptions(O, Merge.Options, SourceRoot);
  }
  EngineOptions EO = engineOptions(O, Data, SourceRoot);
  EO.Purposes = Merge.Purposes; // The shards' message order.
  E = std::make_unique<Engine>(std::move(EO));
  if (!O.ConfigFile.empty() && !llvm::sys::fs::exists(O.ConfigFile)) {
    llvm::errs() << O.ConfigFile
                 << ": error: config file not found [consentlint-config]\n";
    return ExitError;
  }
  return std::nullopt;
}

std::optional<int> AnalysisRun::listOrDump() {
  if (!O.ListChecks && !O.ListRules && !O.DumpRulesJson && !O.DumpConfig)
    return std::nullopt;
  auto P = firstProfile();
  if (!P)
    return printConfigError(P.takeError());
  if (O.ListChecks) {
    llvm::outs() << "Enabled checks:\n";
    for (const auto &C : CheckRegistry::get().checks())
      if ((*P)->Checks.enabled(C->name()))
        llvm::outs() << "    " << C->name() << "\n";
    return ExitClean;
  }
  if (O.ListRules)
    return listRules(**P);
  if (O.DumpRulesJson) {
    dumpRulesJson((*P)->Rules->packs(), llvm::outs());
    return ExitClean;
  }
  llvm::outs() << dumpConfig(**P);
  return ExitClean;
}

/// pre-commit runs the hook only with files; nothing given, nothing to do.
std::optional<int> AnalysisRun::skipEmptyHook() {
  if (O.HookMode && O.Sources.empty())
    return ExitClean;
  return std::nullopt;
}

/// Inputs that can be wrong are checked before the (long) analysis.
std::optional<int> AnalysisRun::readFilterInputs() {
  if (!O.Baseline.empty()) {
    auto B = readBaseline(O.Baseline);
    if (!B)
      return printConfigError(B.takeError());
    BaselineEntries = std::move(*B);
  }
  if (!O.NewSince.empty()) {
    auto C = changedLinesSince(O.NewSince, Cwd);
    if (!C)
      return printConfigError(C.takeError());
    Changed = std::move(*C);
  }
  return std::nullopt;
}

/// The shards' summaries ("merge"), else the compile database.
std::optional<int> AnalysisRun::loadUnitSources() {
  if (!O.MergeInputs.empty()) {
    for (size_t I = 0; I < Merge.Summaries.size(); ++I)
      if (llvm::Error Err = summariesFromJson(Merge.Summaries[I], E->purposes(),
                                              SourceRoot, Merged))
        return printConfigError(llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            Merge.Paths[I] + ":1:1: error: " + llvm::toString(std::move(Err))));
    // One unit per file (a shard merged twice counts once), in the order
    // a full run links them.
    auto ByFile = [](const UnitSummaries &A, const UnitSummaries &B) {
      return A.File < B.File;
    };
    auto SameFile = [](const UnitSummaries &A, const UnitSummaries &B) {
      return A.File == B.File;
    };
    std::stable_sort(Merged.begin(), Merged.end(), ByFile);
    Merged.erase(std::unique(Merged.begin(), Merged.end(), SameFile),
                 Merged.end());
    return std::nullopt;
  }
  // The compile database: -p, "--", the config's compile-database, or
  // discovered. Never guessed.
  CompileDatabaseSpec Spec = databaseSpec(O);
  if (O.BuildPath.empty() && !O.HaveCompilerArgs) {
    auto P = firstProfile();
    if (!P)
      return printConfigError(P.takeError());
    Spec.BuildPath = (*P)->Config.CompileDatabase;
  }
  auto DBOr = loadCompileDatabase(Spec, Cwd);
  if (!DBOr)
    return printConfigError(DBOr.takeError());
  DB = std::move(*DBOr);
  return std::nullopt;
}

/// The files to analyse, each with its profile, and the first profile
/// (which decides the policy and the report's checks).
std::optional<int> AnalysisRun::selectUnits() {
  if (!O.MergeInputs.empty()) {
    for (const UnitSummaries &U : Merged)
      Files.push_back(U.File);
  } else if (!O.Sources.empty()) {
    for (const std::string &S : O.Sources) {
      if (!llvm::sys::fs::exists(S)) {
        llvm::errs() << S << ": error: no such file\n";
        return ExitError;
      }
      Files.push_back(absolutePath(S));
    }
  } else {
    Files = DB->getAllFiles();
  }
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (O.HookMode) {
    HookFiles.insert(Files.begin(), Files.end());
    Files = hookModeUnits(*DB, Files, /*Quiet=*/false);
  }
  if (O.ShardCount)
    Files = shardSlice(Files, SourceRoot, O.ShardIndex, O.ShardCount);
  if (Files.empty() && !O.ShardCount && !O.HookMode && O.MergeInputs.empty()) {
    llvm::errs() << "error: no source files to analyse: name them on the "
                    "command line or use a compilation database that lists "
                    "them\n";
    return ExitError;
  }
  // Vendored files (the profile's 'exclude' globs) are not analysed.
  auto Kept = E->selectUnits(Files, /*KeepExcluded=*/!O.MergeInputs.empty());
  if (!Kept)
    return printConfigError(Kept.takeError());
  if (Kept->size() != Files.size() && !O.Quiet)
    llvm::errs() << "consentlint: " << Files.size() - Kept->size()
                 << " file(s) left out by 'exclude' (vendored code)\n";
  Files = std::move(*Kept);
  // An empty shard, or only skipped headers: the directory's profile.
  auto P = Files.empty() ? E->profileForDirectory(Cwd)
                         : E->profileFor(Files.front());
  if (!P)
    return printConfigError(P.takeError());
  First = *P;
  return std::nullopt;
}

/// The privacy policy is read before the analysis: a missing file fails
/// fast. No policy configured: the mapping is skipped.
std::optional<int> AnalysisRun::loadPolicy() {
  auto P = E->policyFor(*First);
  if (!P)
    return printConfigError(P.takeError());
  Policy = *P;
  return std::nullopt;
}

std::optional<int> AnalysisRun::analyse() {
  if (O.Staged) { // The git index, not the work tree (git hooks).
    std::vector<std::string> Wanted(Files.begin(), Files.end());
    Wanted.insert(Wanted.end(), HookFiles.begin(), HookFiles.end());
    auto Index = stagedContent(Cwd, Wanted);
    if (!Index)
      return printConfigError(Index.takeError());
    for (auto &Entry : *Index)
      Overlays[Entry.getKey()] = std::move(Entry.getValue());
  }
  if (O.MergeInputs.empty())
    Units = E->analyze(*DB, Files, Overlays);
  for (UnitSummaries &U : Merged) {
    UnitResult Unit;
    Unit.File = U.File;
    Unit.Failed = U.Failed;
    if (U.Failed)
      Unit.Diagnostics = U.File + ": error: this file failed in its shard; "
                                  "see that job's log\n";
    Unit.Summaries = std::move(U.Summaries);
    Units.push_back(std::move(Unit));
  }
  // Shards keep their units' summaries so "merge" can link them again.
  if (O.EmitSummaries) {
    std::vector<UnitSummaries> Keep;
    for (const UnitResult &U : Units)
      Keep.push_back({U.File, U.Failed, U.Summaries});
    llvm::raw_string_ostream OS(R.SummaryJson);
    OS << summariesToJson(Keep, E->purposes(), SourceRoot,
                          recordOptions(O, SourceRoot));
  }
  return std::nullopt;
}

std::optional<int> AnalysisRun::link() {
  for (const UnitResult &U : Units) {
    if (U.Partial)
      llvm::errs() << U.Diagnostics << U.File
                   << ": warning: analysed despite the compiler errors above; "
                      "calls in code that did not parse are not seen. Give "
                      "the file its project's flags (-p with its compilation "
                      "database, or flags after '--').\n";
    if (U.Failed)
      llvm::errs() << U.Diagnostics << U.File
                   << ": error: consentlint could not analyse this file (see "
                      "the compiler errors above); fix the code or its flags "
                      "in the compilation database. Results of the other "
                      "files are reported.\n";
  }
  Program = E->link(Units);
  return std::nullopt;
}

/// Before the filters: NOLINT and baselines apply to the
/// policy-undisclosed-practice findings the mapping adds.
std::optional<int> AnalysisRun::mapToPolicy() {
  PolicyOut = E->mapToPolicy(
      Policy, First->Checks.enabled("policy-undisclosed-practice"), SourceRoot,
      Program);
  return std::nullopt;
}

std::optional<int> AnalysisRun::explain() {
  if (O.Explain.empty())
    return std::nullopt;
  llvm::StringRef File, LineS;
  std::tie(File, LineS) = llvm::StringRef(O.Explain).rsplit(':');
  unsigned Line = 0;
  if (LineS.getAsInteger(10, Line) || File.empty()) {
    llvm::errs() << "error: --explain takes <file>:<line>\n";
    return ExitError;
  }
  std::string Text = Program.Linker->explain(absolutePath(File), Line);
  llvm::outs() << (Text.empty() ? "no privacy-relevant call was found at " +
                                      O.Explain + "\n"
                                : Text);
  return Program.FailedUnits ? ExitError : ExitClean;
}

/// Suppressions, then the hook's files, the pull-request and baseline
/// filters.
std::optional<int> AnalysisRun::filter() {
  FilterOptions FO;
  FO.Read = makeSourceReader([&](const std::string &P) -> const std::string * {
    auto It = Overlays.find(P);
    return It == Overlays.end() ? nullptr : &It->second;
  });
  FO.Suppress.RequireJustification = O.RequireJustification;
  FO.Suppress.ExtraFiles = Files;
  FO.OnlyFiles = O.HookMode ? &HookFiles : nullptr;
  FO.Changed = Changed ? &*Changed : nullptr;
  FO.Baseline = O.Baseline.empty() ? nullptr : &BaselineEntries;
  FO.SourceRoot = SourceRoot;
  Filtered = E->filter(Program.Findings, FO);
  return std::nullopt;
}

std::optional<int> AnalysisRun::render() {
  R.Findings = std::move(Program.Findings);
  for (const auto &C : CheckRegistry::get().checks())
    if (First->Checks.enabled(C->name()))
      R.Rules.push_back(C.get());
  if (llvm::any_of(R.Findings, [](const Finding &F) {
        return F.Check == nolintCheck().name();
      }))
    R.Rules.push_back(&nolintCheck());
  R.SourceRoot = SourceRoot;
  R.Category = O.Category;
  R.IncludeSuppressed = O.IncludeSuppressed;
  R.Units = Units.size();
  R.FailedUnits = Program.FailedUnits;
  R.PartialUnits = Program.PartialUnits;
  R.PolicyConfigured = PolicyOut.Configured;
  R.Policy = std::move(PolicyOut.Taxonomy);

  if (!O.BaselineAction.empty()) {
    if (R.FailedUnits) {
      llvm::errs() << "error: the baseline was not written because "
                   << R.FailedUnits
                   << " file(s) could not be analysed; fix them first\n";
      return ExitError;
    }
    return writeBaselineFile(O.BaselineAction, O.Output, R.Findings,
                             SourceRoot, O.Quiet);
  }

  const Reporter &Rep = *findReporter(O.Format);
  const char *StepSummary = std::getenv("GITHUB_STEP_SUMMARY");
  RenderOptions RO;
  RO.ShowSource = !O.NoSource;
  RO.Cwd = Cwd;
  RO.StepSummary = Rep.StepSummary && StepSummary && *StepSummary;
  std::string Out = Rep.Render(R, RO);
  if (!O.Output.empty()) {
    if (llvm::Error Err = writeFileAtomically(O.Output, Out)) {
      llvm::errs() << "error: " << llvm::toString(std::move(Err)) << "\n";
      return ExitError;
    }
  } else {
    llvm::outs() << Out;
    llvm::outs().flush();
  }
  if (RO.StepSummary) {
    std::ofstream Summary(StepSummary, std::ios::app | std::ios::binary);
    Summary << Rep.StepSummary(R);
    if (!Summary)
      llvm::errs() << StepSummary
                   << ": warning: cannot append the job summary\n";
  }
  return std::nullopt;
}

/// What was left out, the counts, and the exit code.
int AnalysisRun::finish() {
  if (!O.Baseline.empty())
    llvm::errs() << "consentlint: " << Filtered.Baselined
                 << " finding(s) recorded in the baseline " << O.Baseline
                 << " not reported\n";
  if (Changed && !O.Quiet)
    llvm::errs() << "consentlint: " << Filtered.NotNew
                 << " finding(s) on lines unchanged since " << O.NewSince
                 << " not reported\n";
  std::string FailOn = O.FailOn.empty() ? First->FailOn : O.FailOn;
  unsigned Counts[3] = {0, 0, 0};
  bool Fail = false;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    ++Counts[static_cast<int>(F.Severity)];
    Fail |= atOrAbove(F.Severity, FailOn);
  }
  unsigned Failed = R.FailedUnits;
  if (!O.Quiet)
    llvm::errs() << "consentlint: " << Counts[2] << " error(s), " << Counts[1]
                 << " warning(s), " << Counts[0] << " note(s) in " << R.Units
                 << " file(s)"
                 << (Failed ? ", " + std::to_string(Failed) +
                                  " file(s) not analysed"
                            : std::string())
                 << (R.PartialUnits ? ", " + std::to_string(R.PartialUnits) +
                                          " with compiler errors"
                                    : std::string())
                 << "\n";
  if (Failed)
    return ExitError;
  return Fail ? ExitFindings : ExitClean;
}

} // namespace

int runAnalysis(const DriverOptions &O, const DataDirs &Data) {
  return AnalysisRun(O, Data).run();
}

} // namespace consentlint
