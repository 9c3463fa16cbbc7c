//===- LoadPolicyData.cpp - Language profiles of the policy reader --------===//

#include "rules/loader/LoadRulePack.h"
#include "rules/loader/YamlReader.h"

namespace consentlint {
namespace rules {

llvm::Expected<std::vector<LanguageProfile>>
loadLanguageProfiles(llvm::StringRef Path) noexcept {
  auto Text = readWholeFile(Path, "policy language profiles");
  if (!Text)
    return Text.takeError();
  std::vector<LanguageProfile> Out;
  YamlReader R(Path.str());
  std::optional<std::string> Err = guarded(Path, [&] {
    YAML::Node Root = YAML::Load(*Text);
    if (!R.expectMap(Root, "the language profiles"))
      return;
    for (auto It = Root.begin(); It != Root.end(); ++It) {
      LanguageProfile L;
      if (!R.scalar(It->first, "a language code", L.Code))
        return;
      // A copy: the iterator's pair is a temporary (a reference to its
      // member dangles after this statement).
      const YAML::Node N = It->second;
      std::string What = "language '" + L.Code + "'";
      std::optional<bool> Caps, Compounds;
      if (!R.expectMap(N, What) ||
          !R.checkKeys(N,
                       {"name", "stop-words", "sentence-verbs",
                        "capitalizes-nouns", "compounds"},
                       What) ||
          !R.getString(N, "name", L.Name, true) ||
          !R.getStringList(N, "stop-words", L.StopWords) ||
          !R.getStringList(N, "sentence-verbs", L.SentenceVerbs) ||
          !R.getBool(N, "capitalizes-nouns", Caps) ||
          !R.getBool(N, "compounds", Compounds))
        return;
      if (L.StopWords.empty()) {
        R.fail(N, What + " needs 'stop-words'");
        return;
      }
      L.CapitalizesNouns = Caps.value_or(false);
      L.Compounds = Compounds.value_or(false);
      Out.push_back(std::move(L));
    }
    if (Out.empty())
      R.fail(Root, "no language profiles");
  });
  if (!Err && R.failed())
    Err = R.error();
  if (Err)
    return makeLoaderError(*Err);
  return Out;
}

} // namespace rules
} // namespace consentlint
