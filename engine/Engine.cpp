//===- Engine.cpp - The analysis behind every front end -------------------===//

#include "engine/Engine.h"
#include "checks/TranslationUnitAnalyzer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

Engine::Engine(EngineOptions O)
    : Opts(std::move(O)), Purposes(std::make_unique<PurposeTable>()) {
  llvm::SmallString<256> Dir;
  llvm::sys::fs::current_path(Dir);
  Cwd = std::string(Dir);
  for (const std::string &P : Opts.Purposes)
    Purposes->intern(P);
  Opts.Profiles.RulesDir = Opts.Data.Rules;
  reload();
}

Engine::~Engine() = default;

void Engine::log(const std::string &Message) const {
  if (Opts.Log)
    Opts.Log(Message);
  else
    llvm::errs() << Message << "\n";
}

void Engine::reload() {
  Profs = std::make_unique<Profiles>(Opts.Profiles, *Purposes);
  ProfileOf.clear();
  Policies.clear();
  Databases.clear();
}

llvm::Expected<const Profile *> Engine::profileFor(llvm::StringRef Source) {
  return Profs->forSource(Source);
}

llvm::Expected<const Profile *>
Engine::profileForDirectory(llvm::StringRef Dir) {
  return Profs->forDirectory(Dir);
}

llvm::Expected<const policy::ProjectPolicy *>
Engine::policyFor(const Profile &P) {
  if (P.PolicyFile.empty())
    return nullptr;
  auto It = Policies.find(P.PolicyFile);
  if (It != Policies.end())
    return It->second ? &*It->second : nullptr;
  std::optional<policy::ProjectPolicy> &Slot = Policies[P.PolicyFile];
  if (llvm::Error E = policy::loadProjectPolicy(
          P.PolicyFile, P.Config.Policy ? &*P.Config.Policy : nullptr,
          Opts.Data.Policy, Slot))
    return std::move(E);
  return Slot ? &*Slot : nullptr;
}

llvm::Expected<std::vector<std::string>>
Engine::selectUnits(const std::vector<std::string> &Files, bool KeepExcluded) {
  std::vector<std::string> Kept;
  for (const std::string &F : Files) {
    auto P = Profs->forSource(F);
    if (!P)
      return P.takeError();
    if (!KeepExcluded && pathExcluded(F, (*P)->Exclude, (*P)->ExcludeRoot))
      continue;
    ProfileOf[F] = *P;
    Kept.push_back(F);
  }
  return Kept;
}

std::vector<UnitResult>
Engine::analyze(const clang::tooling::CompilationDatabase &DB,
                const std::vector<std::string> &Files,
                const llvm::StringMap<std::string> &Overlays) {
  ScheduleOptions SO = Opts.Schedule;
  for (const auto &O : Overlays)
    SO.Overlays[O.getKey()] = O.getValue();
  // Profiles were all built by selectUnits; workers only look up (a file
  // it did not keep fails).
  auto ProfileOfFile = [&](const std::string &F) -> const Profile * {
    auto It = ProfileOf.find(F);
    return It == ProfileOf.end() ? nullptr : It->second;
  };
  return analyzeUnits(DB, Files, ProfileOfFile, SO);
}

LinkedProgram Engine::link(std::vector<UnitResult> &Units) {
  LinkedProgram P;
  P.Linker = std::make_unique<ProgramLinker>(*Purposes);
  for (UnitResult &U : Units) {
    P.FailedUnits += U.Failed;
    P.PartialUnits += U.Partial;
    for (TUSummary &S : U.Summaries) {
      for (const SinkSummary &K : S.Sinks) // Gated or not: for the policy.
        P.Practices.push_back(K.Base);
      P.Linker->add(std::move(S));
    }
  }
  P.Findings = P.Linker->link();
  return P;
}

policy::PolicyOutcome Engine::mapToPolicy(const policy::ProjectPolicy *Policy,
                                          bool ReportUndisclosed,
                                          const std::string &SourceRoot,
                                          LinkedProgram &Program) {
  return policy::applyPolicy(Policy, Program.Practices, ReportUndisclosed,
                             SourceRoot, Program.Findings);
}

FilterCounts Engine::filter(std::vector<Finding> &Findings,
                            const FilterOptions &O) {
  FilterCounts C;
  applySuppressions(Findings, O.Suppress, O.Read);
  if (O.OnlyFiles)
    llvm::erase_if(Findings, [&](const Finding &F) {
      return !O.OnlyFiles->count(F.Loc.File);
    });
  if (O.Changed) {
    size_t Before = Findings.size();
    llvm::erase_if(Findings, [&](const Finding &F) {
      return !F.Suppressed && !O.Changed->contains(F.Loc.File, F.Loc.Line);
    });
    C.NotNew = Before - Findings.size();
  }
  if (O.Baseline)
    C.Baselined = applyBaseline(Findings, *O.Baseline, O.SourceRoot);
  return C;
}

llvm::Expected<clang::tooling::CompilationDatabase *>
Engine::databaseFor(const std::string &Path) {
  CompileDatabaseSpec Load = Opts.Database;
  std::string Key;
  if (Load.HaveCompilerArgs || !Load.BuildPath.empty()) {
    Key = "<command line>";
  } else {
    Key = findCompileDatabaseDir(llvm::sys::path::parent_path(Path));
    Load.BuildPath = Key;
  }
  auto It = Databases.find(Key);
  if (It != Databases.end())
    return It->second.get();
  if (Key.empty()) {
    // No database: clang's defaults for the file's language, as clangd's
    // fallback does. Said once.
    log("consentlint: no compile_commands.json found above " + Path +
        "; analysing with default flags (use -p or flags after '--' in the "
        "server command for exact results)");
    auto &Slot = Databases[Key];
    Slot = std::make_unique<clang::tooling::FixedCompilationDatabase>(
        Cwd, std::vector<std::string>());
    return Slot.get();
  }
  auto DB = loadCompileDatabase(Load, Cwd);
  if (!DB)
    return DB.takeError();
  auto &Slot = Databases[Key];
  Slot = std::move(*DB);
  return Slot.get();
}

llvm::Expected<DocumentResult>
Engine::analyzeDocument(const std::string &Path,
                        const llvm::StringMap<std::string> &Open) {
  auto P = Profs->forSource(Path);
  if (!P)
    return P.takeError();
  auto DB = databaseFor(Path);
  if (!DB)
    return DB.takeError();
  const Profile *Prof = *P;
  ScheduleOptions SO = Opts.Schedule;
  SO.OnlyMainFiles = true;
  for (const auto &O : Open)
    SO.Overlays[O.getKey()] = O.getValue();
  std::vector<UnitResult> Units = analyzeUnits(
      **DB, {Path}, [&](const std::string &) { return Prof; }, SO);

  DocumentResult R;
  for (const UnitResult &U : Units)
    if (U.Failed || U.Partial)
      R.Compiler.insert(R.Compiler.end(), U.Compiler.begin(), U.Compiler.end());
  LinkedProgram Program = link(Units);
  // The privacy-policy section, one click away in the editor.
  auto Policy = policyFor(*Prof);
  if (!Policy) {
    R.PolicyFile = Prof->PolicyFile;
    R.PolicyError = llvm::toString(Policy.takeError());
  } else if (*Policy) {
    policy::applyPolicy(*Policy, {}, /*ReportUndisclosed=*/false, Cwd,
                        Program.Findings);
  }
  for (Finding &F : Program.Findings)
    if (!F.Suppressed && F.Loc.File == Path)
      R.Findings.push_back(std::move(F));
  return R;
}

llvm::Expected<UnitFindings> Engine::analyzeAST(clang::ASTContext &Ctx,
                                                llvm::StringRef MainFile) {
  auto P = Profs->forSource(MainFile);
  if (!P)
    return P.takeError();
  std::vector<UnitResult> Units(1);
  Units[0].File = MainFile.str();
  Units[0].Summaries.push_back(
      analyzeTranslationUnit(Ctx, *(*P)->Rules, (*P)->Checks));
  LinkedProgram Program = link(Units);
  UnitFindings R;
  // The privacy-policy section, as consentlint's note gives it.
  auto Policy = policyFor(**P);
  if (!Policy)
    R.PolicyError = llvm::toString(Policy.takeError());
  else if (*Policy)
    policy::applyPolicy(*Policy, {}, /*ReportUndisclosed=*/false, "",
                        Program.Findings);
  R.Findings = std::move(Program.Findings);
  return R;
}

} // namespace consentlint
