//===- Profiles.cpp - Config discovery and compiled rule sets -------------===//

#include "driver/Profiles.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

static constexpr const char *ConfigName = ".consentlint.yaml";

const std::vector<std::string> DefaultExclude = {
    "third_party/*", "*/third_party/*", "third-party/*", "*/third-party/*",
    "thirdparty/*",  "*/thirdparty/*",  "ThirdParty/*",  "*/ThirdParty/*",
    "3rdparty/*",    "*/3rdparty/*",    "vendor/*",      "*/vendor/*",
    "external/*",    "*/external/*",    "_deps/*",       "*/_deps/*",
    "node_modules/*", "*/node_modules/*", "Pods/*",      "*/Pods/*"};

bool pathExcluded(llvm::StringRef Path, const std::vector<std::string> &Globs,
                  llvm::StringRef Root) {
  if (Globs.empty() || Root.empty() || !Path.starts_with(Root) ||
      Path.size() <= Root.size() || Path[Root.size()] != '/')
    return false;
  llvm::StringRef Rel = Path.drop_front(Root.size() + 1);
  for (const std::string &G : Globs)
    if (auto Pat = llvm::GlobPattern::create(G))
      if (Pat->match(Rel))
        return true;
  return false;
}

std::string Profiles::discover(llvm::StringRef Dir) {
  auto It = DirToConfig.find(Dir);
  if (It != DirToConfig.end())
    return It->second;
  std::string Found;
  llvm::SmallString<256> Candidate(Dir);
  llvm::sys::path::append(Candidate, ConfigName);
  if (llvm::sys::fs::exists(Candidate))
    Found = std::string(Candidate);
  else if (llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
           !Parent.empty() && Parent != Dir)
    Found = discover(Parent);
  return DirToConfig[Dir] = Found;
}

llvm::Expected<const Profile *> Profiles::forDirectory(llvm::StringRef Dir) {
  llvm::SmallString<256> Abs(Dir);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  return build(Opts.ConfigFile.empty() ? discover(Abs) : Opts.ConfigFile);
}

llvm::Expected<const Profile *> Profiles::forSource(llvm::StringRef Source) {
  llvm::SmallString<256> Abs(Source);
  llvm::sys::fs::make_absolute(Abs);
  return forDirectory(llvm::sys::path::parent_path(Abs));
}

std::vector<const Profile *> Profiles::all() const {
  std::vector<const Profile *> Out;
  for (const auto &[Path, P] : ByConfig)
    Out.push_back(P.get());
  return Out;
}

static void keepMature(rules::RulePack &Pack, bool Experimental) {
  auto &Rs = Pack.Rules;
  Rs.erase(std::remove_if(Rs.begin(), Rs.end(),
                          [&](const rules::SinkRule &R) {
                            return R.Maturity == "opt-in" ||
                                   (R.Maturity == "experimental" && !Experimental);
                          }),
           Rs.end());
}

llvm::Expected<const Profile *> Profiles::build(const std::string &ConfigPath) {
  auto It = ByConfig.find(ConfigPath);
  if (It != ByConfig.end())
    return It->second.get();
  auto P = std::make_unique<Profile>();
  if (!ConfigPath.empty()) {
    auto C = rules::loadConfig(ConfigPath);
    if (!C)
      return C.takeError();
    P->Config = std::move(*C);
  }
  std::vector<rules::RulePack> Packs;
  auto AddAll = [&](const std::string &Path) -> llvm::Error {
    auto Loaded = rules::loadRulePacks(Path);
    if (!Loaded)
      return Loaded.takeError();
    for (rules::RulePack &R : *Loaded) {
      keepMature(R, Opts.Experimental);
      Packs.push_back(std::move(R));
    }
    return llvm::Error::success();
  };
  if (!llvm::sys::fs::is_directory(Opts.RulesDir))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "error: shipped rule packs not found in '" + Opts.RulesDir +
            "'; set CONSENTLINT_RULES_DIR to the rules/packs directory "
            "[consentlint-config]");
  if (llvm::Error E = AddAll(Opts.RulesDir))
    return std::move(E);
  for (const std::string &R : Opts.Rules)
    if (llvm::Error E = AddAll(R))
      return std::move(E);
  for (const std::string &R : P->Config.RulePacks)
    if (llvm::Error E = AddAll(R))
      return std::move(E);
  // The project's own rules come last: their cookie names win.
  Packs.push_back(P->Config.Project);
  auto RS = RuleSet::build(std::move(Packs), Table, CheckRegistry::get());
  if (!RS)
    return RS.takeError();
  P->Rules = std::move(*RS);
  std::string Checks = !Opts.Checks.empty() ? Opts.Checks
                       : !P->Config.Checks.empty() ? P->Config.Checks
                                                   : DefaultChecks;
  P->Checks = CheckGlobs(Checks);
  P->FailOn = !Opts.FailOn.empty()          ? Opts.FailOn
              : !P->Config.FailOn.empty() ? P->Config.FailOn
                                          : "warning";
  P->Exclude = P->Config.Exclude ? *P->Config.Exclude : DefaultExclude;
  P->ExcludeRoot = P->Config.Path.empty()
                       ? Opts.Root
                       : llvm::sys::path::parent_path(P->Config.Path).str();
  P->Exclude.insert(P->Exclude.end(), Opts.Exclude.begin(), Opts.Exclude.end());
  if (!Opts.Policy.empty())
    P->PolicyFile = Opts.Policy;
  else if (P->Config.Policy)
    P->PolicyFile = P->Config.Policy->File;
  const Profile *Raw = P.get();
  ByConfig[ConfigPath] = std::move(P);
  return Raw;
}

std::string dumpConfig(const Profile &P) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "# effective consentlint configuration"
     << (P.Config.Path.empty() ? "" : " (from " + P.Config.Path + ")") << "\n";
  OS << "checks: '" << P.Checks.spelling() << "'\n";
  OS << "fail-on: " << P.FailOn << "\n";
  OS << "exclude:\n";
  for (const std::string &E : P.Exclude)
    OS << "  - '" << E << "'\n";
  if (!P.Config.RulePacks.empty()) {
    OS << "rule-packs:\n";
    for (const std::string &R : P.Config.RulePacks)
      OS << "  - '" << R << "'\n";
  }
  if (!P.PolicyFile.empty()) {
    OS << "policy:\n  file: '" << P.PolicyFile << "'\n";
    if (P.Config.Policy && !P.Config.Policy->Language.empty())
      OS << "  language: " << P.Config.Policy->Language << "\n";
    if (P.Config.Policy && !P.Config.Policy->Map.empty()) {
      OS << "  map:\n";
      for (const auto &[Topic, Section] : P.Config.Policy->Map)
        OS << "    " << Topic << ": '" << Section << "'\n";
    }
  }
  OS << "# rule packs loaded:\n";
  for (const rules::RulePack &R : P.Rules->packs())
    if (!R.Rules.empty() || !R.Gates.empty() || !R.Cookies.Names.empty())
      OS << "#   " << R.Name << " (" << R.Rules.size() << " rules, "
         << R.Gates.size() << " gates)\n";
  return OS.str();
}

} // namespace consentlint
