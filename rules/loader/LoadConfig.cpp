//===- LoadConfig.cpp - Parse .consentlint.yaml and policy lexicons -------===//

#include "rules/loader/LoadRulePack.h"
#include "rules/loader/YamlReader.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

namespace consentlint {
namespace rules {

static std::string resolve(llvm::StringRef BaseDir, llvm::StringRef P) {
  if (llvm::sys::path::is_absolute(P) || BaseDir.empty())
    return P.str();
  llvm::SmallString<256> S(BaseDir);
  llvm::sys::path::append(S, P);
  llvm::sys::path::remove_dots(S, /*remove_dot_dot=*/true);
  return std::string(S);
}

static bool parseConfigRoot(YamlReader &R, const YAML::Node &Root, Config &C) {
  if (!Root.IsDefined() || Root.IsNull())
    return true; // An empty config is a valid config.
  if (!R.expectMap(Root, "a consentlint config") ||
      !R.checkKeys(Root,
                   {"checks", "fail-on", "rule-packs", "policy", "rules", "gates",
                    "cookies", "key-tables", "entry-points", "consent-flags",
                    "consent-names",
                    "exclude", "compile-database"},
                   "a consentlint config") ||
      !R.getString(Root, "checks", C.Checks) ||
      !R.getString(Root, "fail-on", C.FailOn))
    return false;
  if (!C.FailOn.empty() && C.FailOn != "error" && C.FailOn != "warning" &&
      C.FailOn != "note" && C.FailOn != "never")
    return R.fail(Root["fail-on"], "'fail-on' must be error, warning, note or "
                                   "never, found '" + C.FailOn + "'");
  llvm::StringRef BaseDir = llvm::sys::path::parent_path(C.Path);
  std::vector<std::string> Packs;
  if (!R.getStringList(Root, "rule-packs", Packs))
    return false;
  for (const std::string &P : Packs)
    C.RulePacks.push_back(resolve(BaseDir, P));
  if (const YAML::Node P = Root["policy"]; P.IsDefined()) {
    PolicyConfig PC;
    if (P.IsScalar()) {
      PC.File = resolve(BaseDir, P.Scalar());
    } else {
      if (!R.expectMap(P, "'policy'") ||
          !R.checkKeys(P, {"file", "language", "map"}, "'policy'") ||
          !R.getString(P, "file", PC.File, true) ||
          !R.getString(P, "language", PC.Language))
        return false;
      PC.File = resolve(BaseDir, PC.File);
      if (const YAML::Node M = P["map"]; M.IsDefined()) {
        if (!R.expectMap(M, "'map'"))
          return false;
        for (auto It = M.begin(); It != M.end(); ++It) {
          std::string Topic, Section;
          if (!R.scalar(It->first, "a topic", Topic) ||
              !R.scalar(It->second, "a section number", Section))
            return false;
          PC.Map[Topic] = Section;
        }
      }
    }
    C.Policy = PC;
  }
  C.Project.Name = "project";
  C.Project.Path = C.Path;
  if (!parseProjectSections(R, Root, C.Project))
    return false;
  // consent-flags: shorthand for gates on variables.
  if (!R.getString(Root, "compile-database", C.CompileDatabase))
    return false;
  if (!C.CompileDatabase.empty())
    C.CompileDatabase = resolve(BaseDir, C.CompileDatabase);
  if (Root["exclude"].IsDefined()) {
    std::vector<std::string> Globs;
    if (!R.getStringList(Root, "exclude", Globs))
      return false;
    C.Exclude = std::move(Globs);
  }
  if (const YAML::Node F = Root["consent-flags"]; F.IsDefined()) {
    if (!R.expectSequence(F, "'consent-flags'"))
      return false;
    for (const YAML::Node &E : F) {
      GateRule G;
      G.Mark = R.mark(E);
      ApiRef Api;
      Api.Kind = ApiKind::Variable;
      Api.Mark = G.Mark;
      if (!R.expectMap(E, "a consent flag") ||
          !R.checkKeys(E, {"name", "purposes"}, "a consent flag") ||
          !R.getString(E, "name", Api.Name, true) ||
          !R.getStringList(E, "purposes", G.Purposes))
        return false;
      if (G.Purposes.empty())
        return R.fail(E, "a consent flag needs 'purposes'");
      G.Id = "project.flag." + Api.Name;
      G.Vendor = "project";
      G.Apis.push_back(std::move(Api));
      C.Project.Gates.push_back(std::move(G));
    }
  }
  return true;
}

llvm::Expected<Config> parseConfig(llvm::StringRef Text,
                                   llvm::StringRef Path) noexcept {
  Config C;
  C.Path = Path.str();
  YamlReader R(Path.str());
  std::optional<std::string> Err = guarded(Path, [&] {
    YAML::Node Root = YAML::Load(Text.str());
    parseConfigRoot(R, Root, C);
  });
  if (!Err && R.failed())
    Err = R.error();
  if (!Err)
    Err = findDuplicateId(C.Project);
  if (Err)
    return makeLoaderError(*Err);
  return C;
}

llvm::Expected<Config> loadConfig(llvm::StringRef Path) noexcept {
  auto Text = readWholeFile(Path, "config file");
  if (!Text)
    return Text.takeError();
  return parseConfig(*Text, Path);
}

llvm::Expected<Lexicon> loadLexicon(llvm::StringRef Path) noexcept {
  auto Text = readWholeFile(Path, "policy lexicon");
  if (!Text)
    return Text.takeError();
  Lexicon L;
  YamlReader R(Path.str());
  std::optional<std::string> Err = guarded(Path, [&] {
    YAML::Node Root = YAML::Load(*Text);
    if (!R.expectMap(Root, "a policy lexicon"))
      return;
    for (auto T = Root.begin(); T != Root.end(); ++T) {
      std::string Topic;
      if (!R.scalar(T->first, "a topic", Topic) ||
          !R.expectMap(T->second, "topic '" + Topic + "'"))
        return;
      for (auto G = T->second.begin(); G != T->second.end(); ++G) {
        std::string Lang;
        if (!R.scalar(G->first, "a language", Lang))
          return;
        YAML::Node Holder;
        Holder["w"] = G->second;
        if (!R.getStringList(Holder, "w", L[Topic][Lang]))
          return;
      }
    }
  });
  if (!Err && R.failed())
    Err = R.error();
  if (Err)
    return makeLoaderError(*Err);
  return L;
}

} // namespace rules
} // namespace consentlint
