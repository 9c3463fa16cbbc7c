//===- Run.cpp - The analysis pipeline of the consentlint command ---------===//
//
// Compile database -> profiles -> per-unit analysis (parallel) -> link ->
// report. Every error names a file and says what to do; results of units
// that did analyse are still written when another unit fails.
//
//===----------------------------------------------------------------------===//

#include "driver/Run.h"
#include "checks/consent/ProgramSummary.h"
#include "driver/AtomicFile.h"
#include "driver/Baseline.h"
#include "driver/CompileDatabase.h"
#include "driver/FileSelection.h"
#include "driver/Git.h"
#include "driver/GithubReporter.h"
#include "driver/GitlabReporter.h"
#include "driver/Profiles.h"
#include "driver/RulesJson.h"
#include "driver/SarifReporter.h"
#include "driver/Scheduler.h"
#include "driver/Subcommands.h"
#include "driver/SummaryJson.h"
#include "driver/Suppressions.h"
#include "driver/TextReporter.h"
#include "driver/policy/PolicyMapper.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

namespace consentlint {

static std::string absolute(llvm::StringRef P) {
  llvm::SmallString<256> S(P);
  llvm::sys::fs::make_absolute(S);
  llvm::sys::path::remove_dots(S, true);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(S, Real))
    return std::string(Real);
  return std::string(S);
}

static std::string currentDir() {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return absolute(Cwd);
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

static int listRules(const Profile &P) {
  llvm::raw_ostream &OS = llvm::outs();
  for (const rules::RulePack &Pack : P.Rules->packs()) {
    for (const rules::SinkRule &R : Pack.Rules) {
      OS << R.Id << "  [" << R.Check << "]  " << R.Practice;
      OS << "  purposes: ";
      for (size_t I = 0; I < R.Purposes.size(); ++I)
        OS << (I ? "," : "") << R.Purposes[I];
      if (R.Purposes.empty())
        OS << "(by cookie category)";
      OS << "  data: ";
      for (size_t I = 0; I < R.DataCategories.size(); ++I)
        OS << (I ? "," : "") << R.DataCategories[I];
      OS << "  (" << Pack.Name << ")\n";
    }
    for (const rules::GateRule &G : Pack.Gates) {
      OS << G.Id << "  [gate"
         << (G.Kind == rules::GateKind::NotRequired ? ", not-required" : "")
         << "]  purposes: ";
      for (size_t I = 0; I < G.Purposes.size(); ++I)
        OS << (I ? "," : "") << G.Purposes[I];
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

int runAnalysis(const DriverOptions &Opts, const char *Argv0, void *MainAddr) {
  DriverOptions O = Opts;
  std::string Cwd = currentDir();
  std::string SourceRoot =
      O.SourceRoot.empty() ? defaultSourceRoot(Cwd) : absolute(O.SourceRoot);
  // "consentlint merge": the shards' summaries replace the analysis, and
  // the options they were made with apply unless given again.
  MergeInputs Merge;
  if (!O.MergeInputs.empty()) {
    if (llvm::Error E = loadMergeInputs(O.MergeInputs, Merge))
      return printConfigError(std::move(E));
    applyRecordedOptions(O, Merge.Options, SourceRoot);
  }
  PurposeTable Purposes;
  for (const std::string &P : Merge.Purposes) // The shards' message order.
    Purposes.intern(P);
  ProfileOptions PO;
  PO.ConfigFile = O.ConfigFile.empty() ? "" : absolute(O.ConfigFile);
  PO.Checks = O.Checks;
  PO.FailOn = O.FailOn;
  for (const std::string &R : O.Rules)
    PO.Rules.push_back(absolute(R));
  PO.RulesDir = shippedRulesDir(Argv0, MainAddr);
  PO.Policy = O.Policy.empty() ? "" : absolute(O.Policy);
  PO.Experimental = O.Experimental;
  PO.Exclude = O.Exclude;
  PO.Root = SourceRoot;
  Profiles Profs(PO, Purposes);

  if (!O.ConfigFile.empty() && !llvm::sys::fs::exists(O.ConfigFile)) {
    llvm::errs() << O.ConfigFile
                 << ": error: config file not found [consentlint-config]\n";
    return ExitError;
  }

  if (O.ListChecks || O.ListRules || O.DumpRulesJson || O.DumpConfig) {
    auto P = O.Sources.empty() ? Profs.forDirectory(Cwd)
                               : Profs.forSource(O.Sources.front());
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

  // pre-commit runs the hook only with files; nothing given, nothing to do.
  if (O.HookMode && O.Sources.empty())
    return ExitClean;

  // Inputs that can be wrong are checked before the (long) analysis.
  std::vector<BaselineEntry> BaselineEntries;
  if (!O.Baseline.empty()) {
    auto B = readBaseline(O.Baseline);
    if (!B)
      return printConfigError(B.takeError());
    BaselineEntries = std::move(*B);
  }
  std::optional<ChangedLines> Changed;
  if (!O.NewSince.empty()) {
    auto C = changedLinesSince(O.NewSince, Cwd);
    if (!C)
      return printConfigError(C.takeError());
    Changed = std::move(*C);
  }

  std::vector<UnitSummaries> Merged;
  std::unique_ptr<clang::tooling::CompilationDatabase> DBPtr;
  if (!O.MergeInputs.empty()) {
    for (size_t I = 0; I < Merge.Summaries.size(); ++I)
      if (llvm::Error E = summariesFromJson(Merge.Summaries[I], Purposes,
                                            SourceRoot, Merged))
        return printConfigError(llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            Merge.Paths[I] + ":1:1: error: " + llvm::toString(std::move(E))));
    // One unit per file (a shard merged twice counts once), in the order
    // a full run links them.
    std::stable_sort(Merged.begin(), Merged.end(),
                     [](const UnitSummaries &A, const UnitSummaries &B) {
                       return A.File < B.File;
                     });
    Merged.erase(std::unique(Merged.begin(), Merged.end(),
                             [](const UnitSummaries &A, const UnitSummaries &B) {
                               return A.File == B.File;
                             }),
                 Merged.end());
  } else {
    // The compile database: -p, "--", the config's compile-database, or
    // discovered. Never guessed.
    if (O.BuildPath.empty() && !O.HaveCompilerArgs) {
      auto P = O.Sources.empty() ? Profs.forDirectory(Cwd)
                                 : Profs.forSource(O.Sources.front());
      if (!P)
        return printConfigError(P.takeError());
      O.BuildPath = (*P)->Config.CompileDatabase;
    }
    auto DBOr = loadCompileDatabase(O, Cwd);
    if (!DBOr) {
      llvm::errs() << llvm::toString(DBOr.takeError()) << "\n";
      return ExitError;
    }
    DBPtr = std::move(*DBOr);
  }
  std::vector<std::string> Files;
  std::set<std::string> HookFiles; // --hook-mode reports only these.
  if (!O.MergeInputs.empty()) {
    for (const UnitSummaries &U : Merged)
      Files.push_back(U.File);
  } else if (!O.Sources.empty()) {
    for (const std::string &S : O.Sources) {
      if (!llvm::sys::fs::exists(S)) {
        llvm::errs() << S << ": error: no such file\n";
        return ExitError;
      }
      Files.push_back(absolute(S));
    }
  } else {
    for (const std::string &F : DBPtr->getAllFiles())
      Files.push_back(F);
  }
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (O.HookMode) {
    HookFiles.insert(Files.begin(), Files.end());
    Files = hookModeUnits(*DBPtr, Files, /*Quiet=*/false);
  }
  if (O.ShardCount)
    Files = shardSlice(Files, SourceRoot, O.ShardIndex, O.ShardCount);
  if (Files.empty() && !O.ShardCount && !O.HookMode && O.MergeInputs.empty()) {
    llvm::errs() << "error: no source files to analyse: name them on the "
                    "command line or use a compilation database that lists "
                    "them\n";
    return ExitError;
  }

  // Profiles are built up front, single-threaded; workers only look up.
  // Vendored files (the profile's 'exclude' globs) are not analysed.
  std::map<std::string, const Profile *> ProfileOf;
  std::vector<std::string> Kept;
  for (const std::string &F : Files) {
    auto P = Profs.forSource(F);
    if (!P)
      return printConfigError(P.takeError());
    if (O.MergeInputs.empty() &&
        pathExcluded(F, (*P)->Exclude, (*P)->ExcludeRoot))
      continue;
    ProfileOf[F] = *P;
    Kept.push_back(F);
  }
  if (Kept.size() != Files.size() && !O.Quiet)
    llvm::errs() << "consentlint: " << Files.size() - Kept.size()
                 << " file(s) left out by 'exclude' (vendored code)\n";
  Files = std::move(Kept);
  const Profile *FirstP = nullptr;
  if (Files.empty()) { // An empty shard, or only skipped headers.
    auto P = Profs.forDirectory(Cwd);
    if (!P)
      return printConfigError(P.takeError());
    FirstP = *P;
  } else {
    FirstP = ProfileOf[Files.front()];
  }
  const Profile &First = *FirstP;

  // The privacy policy is read before the analysis: a missing file fails
  // fast. No policy configured: the mapping is skipped.
  std::optional<policy::ProjectPolicy> Policy;
  if (!policy::loadProjectPolicy(
          First.PolicyFile,
          First.Config.Policy ? &*First.Config.Policy : nullptr, Argv0,
          MainAddr, Policy))
    return ExitError;

  ScheduleOptions SO;
  SO.Jobs = O.Jobs;
  SO.ExtraArgs = O.ExtraArgs;
  SO.ExtraArgsBefore = O.ExtraArgsBefore;
  SO.ResourceDir = O.ResourceDir;
  if (!O.NoSdkStubs)
    SO.FallbackIncludeDirs = sdkStubDirs(Argv0, MainAddr);
  SO.Quiet = O.Quiet || O.HookMode;
  if (O.Staged) { // The git index, not the work tree (git hooks).
    std::vector<std::string> Wanted(Files.begin(), Files.end());
    Wanted.insert(Wanted.end(), HookFiles.begin(), HookFiles.end());
    auto Index = stagedContent(Cwd, Wanted);
    if (!Index)
      return printConfigError(Index.takeError());
    for (auto &E : *Index)
      SO.Overlays[E.getKey()] = std::move(E.getValue());
  }
  std::vector<UnitResult> Units;
  if (O.MergeInputs.empty()) {
    Units = analyzeUnits(
        *DBPtr, Files,
        [&](const std::string &F) { return ProfileOf.at(F); }, SO);
  } else {
    for (UnitSummaries &U : Merged) {
      UnitResult R;
      R.File = U.File;
      R.Failed = U.Failed;
      if (U.Failed)
        R.Diagnostics = U.File + ": error: this file failed in its shard; "
                                 "see that job's log\n";
      R.Summaries = std::move(U.Summaries);
      Units.push_back(std::move(R));
    }
  }
  // Shards keep their units' summaries so "merge" can link them again.
  std::string SummaryJson;
  if (O.EmitSummaries) {
    std::vector<UnitSummaries> Keep;
    for (const UnitResult &U : Units)
      Keep.push_back({U.File, U.Failed, U.Summaries});
    llvm::raw_string_ostream OS(SummaryJson);
    OS << summariesToJson(Keep, Purposes, SourceRoot,
                          recordOptions(O, SourceRoot));
  }

  ProgramLinker Linker(Purposes);
  unsigned Failed = 0, Partial = 0;
  std::vector<Finding> Practices;
  for (UnitResult &U : Units) {
    if (U.Partial) {
      ++Partial;
      llvm::errs() << U.Diagnostics;
      llvm::errs() << U.File
                   << ": warning: analysed despite the compiler errors above; "
                      "calls in code that did not parse are not seen. Give "
                      "the file its project's flags (-p with its compilation "
                      "database, or flags after '--').\n";
    }
    if (U.Failed) {
      ++Failed;
      llvm::errs() << U.Diagnostics;
      llvm::errs() << U.File
                   << ": error: consentlint could not analyse this file (see "
                      "the compiler errors above); fix the code or its flags "
                      "in the compilation database. Results of the other "
                      "files are reported.\n";
    }
    for (TUSummary &S : U.Summaries) {
      for (const SinkSummary &K : S.Sinks) // Gated or not: for the policy.
        Practices.push_back(K.Base);
      Linker.add(std::move(S));
    }
  }
  std::vector<Finding> Findings = Linker.link();
  policy::PolicyOutcome PolicyOut = policy::applyPolicy(
      Policy ? &*Policy : nullptr, Practices,
      First.Checks.enabled("policy-undisclosed-practice"), SourceRoot,
      Findings);

  if (!O.Explain.empty()) {
    llvm::StringRef File, LineS;
    std::tie(File, LineS) = llvm::StringRef(O.Explain).rsplit(':');
    unsigned Line = 0;
    if (LineS.getAsInteger(10, Line) || File.empty()) {
      llvm::errs() << "error: --explain takes <file>:<line>\n";
      return ExitError;
    }
    std::string Text = Linker.explain(absolute(File), Line);
    llvm::outs() << (Text.empty() ? "no privacy-relevant call was found at " +
                                        O.Explain + "\n"
                                  : Text);
    return Failed ? ExitError : ExitClean;
  }

  // Suppressions, then the pull-request and baseline filters.
  SourceReader Read = makeSourceReader(
      [&](const std::string &P) -> const std::string * {
        auto It = SO.Overlays.find(P);
        return It == SO.Overlays.end() ? nullptr : &It->second;
      });
  SuppressionOptions SupO;
  SupO.RequireJustification = O.RequireJustification;
  SupO.ExtraFiles = Files;
  applySuppressions(Findings, SupO, Read);
  if (O.HookMode)
    llvm::erase_if(Findings, [&](const Finding &F) {
      return !HookFiles.count(F.Loc.File);
    });
  unsigned NotNew = 0, Baselined = 0;
  if (Changed) {
    size_t Before = Findings.size();
    llvm::erase_if(Findings, [&](const Finding &F) {
      return !F.Suppressed && !Changed->contains(F.Loc.File, F.Loc.Line);
    });
    NotNew = Before - Findings.size();
  }
  if (!O.Baseline.empty())
    Baselined = applyBaseline(Findings, BaselineEntries, SourceRoot);

  Report R;
  R.Findings = std::move(Findings);
  for (const auto &C : CheckRegistry::get().checks())
    if (First.Checks.enabled(C->name()))
      R.Rules.push_back(C.get());
  for (const Finding &F : R.Findings)
    if (F.Check == nolintCheck().name()) {
      R.Rules.push_back(&nolintCheck());
      break;
    }
  R.SourceRoot = SourceRoot;
  R.SummaryJson = std::move(SummaryJson);
  R.Category = O.Category;
  R.IncludeSuppressed = O.IncludeSuppressed;
  R.Units = Units.size();
  R.FailedUnits = Failed;
  R.PartialUnits = Partial;
  R.PolicyConfigured = PolicyOut.Configured;
  R.Policy = std::move(PolicyOut.Taxonomy);

  if (!O.BaselineAction.empty()) {
    if (Failed) {
      llvm::errs() << "error: the baseline was not written because " << Failed
                   << " file(s) could not be analysed; fix them first\n";
      return ExitError;
    }
    return writeBaselineFile(O.BaselineAction, O.Output, R.Findings,
                             SourceRoot, O.Quiet);
  }

  const char *StepSummary = std::getenv("GITHUB_STEP_SUMMARY");
  bool HaveStepSummary = O.Format == "github" && StepSummary && *StepSummary;
  std::string Out = O.Format == "sarif"    ? renderSarif(R)
                    : O.Format == "github" ? renderGithub(R, HaveStepSummary)
                    : O.Format == "gitlab" ? renderGitlab(R)
                                           : renderText(R, !O.NoSource, Cwd);
  if (!O.Output.empty()) {
    if (llvm::Error E = writeFileAtomically(O.Output, Out)) {
      llvm::errs() << "error: " << llvm::toString(std::move(E)) << "\n";
      return ExitError;
    }
  } else {
    llvm::outs() << Out;
    llvm::outs().flush();
  }

  if (HaveStepSummary) {
    std::ofstream Summary(StepSummary, std::ios::app | std::ios::binary);
    Summary << renderGithubSummary(R);
    if (!Summary)
      llvm::errs() << StepSummary
                   << ": warning: cannot append the job summary\n";
  }
  if (!O.Baseline.empty())
    llvm::errs() << "consentlint: " << Baselined
                 << " finding(s) recorded in the baseline " << O.Baseline
                 << " not reported\n";
  if (Changed && !O.Quiet)
    llvm::errs() << "consentlint: " << NotNew
                 << " finding(s) on lines unchanged since " << O.NewSince
                 << " not reported\n";

  std::string FailOn = O.FailOn.empty() ? First.FailOn : O.FailOn;
  unsigned Counts[3] = {0, 0, 0};
  bool Fail = false;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    ++Counts[static_cast<int>(F.Severity)];
    Fail |= atOrAbove(F.Severity, FailOn);
  }
  if (!O.Quiet)
    llvm::errs() << "consentlint: " << Counts[2] << " error(s), " << Counts[1]
                 << " warning(s), " << Counts[0] << " note(s) in " << Units.size()
                 << " file(s)" << (Failed ? ", " + std::to_string(Failed) +
                                                " file(s) not analysed"
                                          : std::string())
                 << (Partial ? ", " + std::to_string(Partial) +
                                   " with compiler errors"
                             : std::string())
                 << "\n";
  if (Failed)
    return ExitError;
  return Fail ? ExitFindings : ExitClean;
}

} // namespace consentlint
