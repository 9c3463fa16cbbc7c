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
#include "driver/CompileDatabase.h"
#include "driver/Profiles.h"
#include "driver/SarifReporter.h"
#include "driver/Scheduler.h"
#include "driver/TextReporter.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

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

int runAnalysis(const DriverOptions &O, const char *Argv0, void *MainAddr) {
  PurposeTable Purposes;
  ProfileOptions PO;
  PO.ConfigFile = O.ConfigFile.empty() ? "" : absolute(O.ConfigFile);
  PO.Checks = O.Checks;
  PO.FailOn = O.FailOn;
  for (const std::string &R : O.Rules)
    PO.Rules.push_back(absolute(R));
  PO.RulesDir = shippedRulesDir(Argv0, MainAddr);
  PO.Policy = O.Policy.empty() ? "" : absolute(O.Policy);
  PO.Experimental = O.Experimental;
  Profiles Profs(PO, Purposes);
  std::string Cwd = currentDir();

  if (!O.ConfigFile.empty() && !llvm::sys::fs::exists(O.ConfigFile)) {
    llvm::errs() << O.ConfigFile
                 << ": error: config file not found [consentlint-config]\n";
    return ExitError;
  }

  if (O.ListChecks || O.ListRules || O.DumpConfig) {
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
    llvm::outs() << dumpConfig(**P);
    return ExitClean;
  }

  // The compile database: -p, "--", or discovered. Never guessed.
  auto DB = loadCompileDatabase(O, Cwd);
  if (!DB) {
    llvm::errs() << llvm::toString(DB.takeError()) << "\n";
    return ExitError;
  }
  std::vector<std::string> Files;
  if (!O.Sources.empty()) {
    for (const std::string &S : O.Sources) {
      if (!llvm::sys::fs::exists(S)) {
        llvm::errs() << S << ": error: no such file\n";
        return ExitError;
      }
      Files.push_back(absolute(S));
    }
  } else {
    for (const std::string &F : (*DB)->getAllFiles())
      Files.push_back(F);
  }
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  if (Files.empty()) {
    llvm::errs() << "error: no source files to analyse: name them on the "
                    "command line or use a compilation database that lists "
                    "them\n";
    return ExitError;
  }

  // Profiles are built up front, single-threaded; workers only look up.
  std::map<std::string, const Profile *> ProfileOf;
  for (const std::string &F : Files) {
    auto P = Profs.forSource(F);
    if (!P)
      return printConfigError(P.takeError());
    ProfileOf[F] = *P;
  }
  const Profile &First = *ProfileOf[Files.front()];

  ScheduleOptions SO;
  SO.Jobs = O.Jobs;
  SO.ExtraArgs = O.ExtraArgs;
  SO.ExtraArgsBefore = O.ExtraArgsBefore;
  SO.ResourceDir = O.ResourceDir;
  SO.Quiet = O.Quiet;
  std::vector<UnitResult> Units = analyzeUnits(
      **DB, Files,
      [&](const std::string &F) { return ProfileOf.at(F); }, SO);

  ProgramLinker Linker(Purposes);
  unsigned Failed = 0;
  for (UnitResult &U : Units) {
    if (U.Failed) {
      ++Failed;
      llvm::errs() << U.Diagnostics;
      llvm::errs() << U.File
                   << ": error: consentlint could not analyse this file (see "
                      "the compiler errors above); fix the code or its flags "
                      "in the compilation database. Results of the other "
                      "files are reported.\n";
    }
    for (TUSummary &S : U.Summaries)
      Linker.add(std::move(S));
  }
  std::vector<Finding> Findings = Linker.link();

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

  Report R;
  R.Findings = std::move(Findings);
  for (const auto &C : CheckRegistry::get().checks())
    if (First.Checks.enabled(C->name()))
      R.Rules.push_back(C.get());
  R.SourceRoot = O.SourceRoot.empty() ? defaultSourceRoot(Cwd) : absolute(O.SourceRoot);
  R.Category = O.Category;
  R.IncludeSuppressed = O.IncludeSuppressed;
  R.Units = Units.size();
  R.FailedUnits = Failed;

  std::string Out = O.Format == "sarif" ? renderSarif(R)
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
                 << "\n";
  if (Failed)
    return ExitError;
  return Fail ? ExitFindings : ExitClean;
}

} // namespace consentlint
