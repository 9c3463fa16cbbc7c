//===- PolicyCommand.cpp - consentlint policy outline / map ---------------===//
//
// Lets a user see what the reader made of a policy (languages, section
// tree) and how every privacy topic maps to it, so the mapping can be
// checked and overridden with policy.map.
//
//===----------------------------------------------------------------------===//

#include "driver/policy/PolicyCommand.h"
#include "driver/policy/PolicyMapper.h"
#include "engine/JsonFile.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

static const char *Usage =
    "usage: consentlint policy outline <file> [--language=<code>]\n"
    "       consentlint policy map <file> [--language=<code>] "
    "[--config-file=<.consentlint.yaml>] [--format=text|json]\n"
    "       consentlint policy check <file> --sarif=<results.sarif> "
    "[--min-coverage=<percent>] [--language=<code>] "
    "[--config-file=<.consentlint.yaml>] [--format=text|json]\n"
    "\n"
    "  outline  the languages found and the section tree of each\n"
    "  map      for every privacy topic, the section that covers it and its\n"
    "           score (heading matches count 10, body matches 1; summed over\n"
    "           the translations), and the section each language alone picks\n"
    "  check    for every practice in a consentlint SARIF file, the section\n"
    "           that discloses it, and the practices no section discloses;\n"
    "           exits 1 when fewer than --min-coverage percent are disclosed\n"
    "\n"
    "Policy data (lexicon.yaml, languages.yaml) is read from\n"
    "$CONSENTLINT_POLICY_DIR or <binary>/../share/consentlint/policy.\n"
    "PDF files are read through pdftotext (Debian: poppler-utils).\n";

static void printOutline(const policy::Document &D,
                         const policy::LanguageData &Data,
                         llvm::StringRef Language) {
  llvm::raw_ostream &OS = llvm::outs();
  OS << D.File << ": " << D.Format << ", " << D.Blocks.size()
     << " part(s) in:";
  for (const policy::Block &B : D.Blocks)
    OS << " " << (B.Language.empty() ? "unknown" : B.Language);
  OS << "\n";
  for (const policy::Block &B : D.Blocks) {
    if (!Language.empty() && B.Language != Language)
      continue;
    const rules::LanguageProfile *P = Data.find(B.Language);
    OS << "[" << (B.Language.empty() ? "unknown" : B.Language) << "] "
       << (P ? P->Name : "language not recognised") << ", lines "
       << B.FirstLine << "-" << B.LastLine;
    if (!B.Title.empty())
      OS << ": \"" << B.Title << "\"";
    OS << "\n";
    if (B.Sections.empty())
      OS << "  (no sections)\n";
    for (const policy::Section &S : B.Sections) {
      OS.indent(2 * S.Depth) << S.Id << "  " << S.Title << "  (line " << S.Line
                             << (S.Item       ? ", list item"
                                 : S.Numbered ? ""
                                              : ", unnumbered")
                             << ")\n";
    }
  }
}

static void printMap(const policy::Document &D, const policy::PolicyMapping &M) {
  llvm::raw_ostream &OS = llvm::outs();
  const policy::Block &B = *M.Chosen;
  OS << D.File << ": language " << (B.Language.empty() ? "unknown" : B.Language)
     << ", " << D.Blocks.size() << " part(s)\n";
  OS << llvm::formatv("{0,-24} {1,-8} {2,6}  {3}\n", "topic", "section",
                      "score", "title [per language]");
  for (const auto &[Topic, TM] : M.Topics) {
    std::string Score = TM.Override ? "map" : std::to_string(static_cast<unsigned>(TM.Score));
    std::string Title = TM.Section.empty() ? "(not covered)" : "\"" + TM.Title + "\"";
    std::string Langs;
    for (const policy::LanguageChoice &LC : TM.PerLanguage)
      Langs += (Langs.empty() ? "" : " ") + LC.Language + ":" +
               (LC.Section.empty() ? "-" : LC.Section);
    OS << llvm::formatv("{0,-24} {1,-8} {2,6}  {3} [{4}]\n", Topic,
                        TM.Section.empty() ? "-" : TM.Section, Score, Title,
                        Langs);
  }
}

static llvm::json::Value orNull(const std::string &S) {
  if (S.empty())
    return nullptr;
  return S;
}

static void printMapJson(const policy::Document &D,
                         const policy::PolicyMapping &M) {
  llvm::json::Object Topics;
  for (const auto &[Topic, TM] : M.Topics) {
    llvm::json::Object Langs;
    for (const policy::LanguageChoice &LC : TM.PerLanguage)
      Langs[LC.Language] = llvm::json::Object{
          {"section", orNull(LC.Section)},
          {"title", orNull(LC.Title)},
          {"line", LC.Section.empty() ? llvm::json::Value(nullptr)
                                      : llvm::json::Value(LC.Line)},
          {"score", LC.Score}};
    Topics[Topic] = llvm::json::Object{
        {"section", orNull(TM.Section)},
        {"title", orNull(TM.Title)},
        {"line", TM.Section.empty() ? llvm::json::Value(nullptr)
                                    : llvm::json::Value(TM.Line)},
        {"score", TM.Score},
        {"override", TM.Override},
        {"languages", std::move(Langs)}};
  }
  llvm::json::Object Root{{"file", D.File},
                          {"format", D.Format},
                          {"language", orNull(M.Chosen->Language)},
                          {"topics", std::move(Topics)}};
  llvm::outs() << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root)))
               << "\n";
}

namespace {
/// One practice of an analysis run, from its SARIF results.
struct RunPractice {
  std::string Key; ///< consentlint/practice, else the rule.
  std::vector<std::string> Topics;
  std::string Where; ///< uri:line of the first result.
  unsigned Results = 0;
};
} // namespace

/// Reads the practices of a consentlint SARIF file: results grouped by
/// their practice, with the topics the rule names.
static llvm::Expected<std::vector<RunPractice>>
readSarifPractices(llvm::StringRef Path) {
  auto V = readJsonFile(Path, "SARIF file",
                        "; pass the file written by 'consentlint --sarif'");
  if (!V)
    return V.takeError();
  std::vector<RunPractice> Out;
  std::map<std::string, size_t> Index;
  const llvm::json::Object *Root = V->getAsObject();
  const llvm::json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": error: not a SARIF file (no "
                                          "'runs')");
  for (const llvm::json::Value &Run : *Runs) {
    const llvm::json::Object *R = Run.getAsObject();
    const llvm::json::Array *Results = R ? R->getArray("results") : nullptr;
    if (!Results)
      continue;
    for (const llvm::json::Value &Res : *Results) {
      const llvm::json::Object *O = Res.getAsObject();
      if (!O)
        continue;
      const llvm::json::Object *Props = O->getObject("properties");
      std::string Key, RuleId = O->getString("ruleId").value_or("").str();
      std::vector<std::string> Topics;
      if (Props) {
        Key = Props->getString("consentlint/practice").value_or("").str();
        if (Key.empty())
          Key = Props->getString("consentlint/rule").value_or("").str();
        if (const llvm::json::Array *T = Props->getArray("consentlint/topics"))
          for (const llvm::json::Value &X : *T)
            if (auto S = X.getAsString())
              Topics.push_back(S->str());
      }
      if (Key.empty())
        Key = RuleId;
      if (Topics.empty() || Key.empty())
        continue; // Nothing the policy could disclose.
      std::string Where;
      if (const llvm::json::Array *Locs = O->getArray("locations"))
        if (!Locs->empty())
          if (const llvm::json::Object *L = (*Locs)[0].getAsObject())
            if (const llvm::json::Object *P =
                    L->getObject("physicalLocation")) {
              if (const llvm::json::Object *A =
                      P->getObject("artifactLocation"))
                Where = A->getString("uri").value_or("").str();
              if (const llvm::json::Object *Rg = P->getObject("region"))
                if (auto Line = Rg->getInteger("startLine"))
                  Where += ":" + std::to_string(*Line);
            }
      auto [It, New] = Index.insert({Key, Out.size()});
      if (New)
        Out.push_back({Key, Topics, Where, 0});
      ++Out[It->second].Results;
    }
  }
  return Out;
}

static int runCheck(const policy::Document &D, const policy::LanguageData &Data,
                    const policy::PolicyMapping &M, llvm::StringRef SarifPath,
                    double MinCoverage, bool Json) {
  auto Practices = readSarifPractices(SarifPath);
  if (!Practices) {
    llvm::errs() << llvm::toString(Practices.takeError()) << "\n";
    return 2;
  }
  unsigned Total = 0, Disclosed = 0;
  llvm::json::Array JP;
  std::vector<std::string> Lines, Undisclosed;
  for (const RunPractice &P : *Practices) {
    std::vector<std::string> Known;
    for (const std::string &T : P.Topics)
      if (Data.Lexicon.count(T))
        Known.push_back(T);
    if (Known.empty())
      continue;
    ++Total;
    policy::PracticeSection PS = policy::mapPractice(M, Known);
    if (!PS.Section.empty())
      ++Disclosed;
    std::string Topics = llvm::join(Known, ",");
    if (PS.Section.empty()) {
      Undisclosed.push_back(
          llvm::formatv("  {0}  (topics: {1}) at {2}", P.Key, Topics, P.Where)
              .str());
    } else {
      std::string Also;
      if (!PS.Secondary.empty())
        Also = " (also " + llvm::join(PS.Secondary, ", ") + ")";
      Lines.push_back(llvm::formatv("{0,-40} {1,-10} \"{2}\"{3}", P.Key,
                                    PS.Section, PS.Title, Also)
                          .str());
    }
    JP.push_back(llvm::json::Object{{"practice", P.Key},
                                    {"topics", toJsonArray(Known)},
                                    {"results", P.Results},
                                    {"location", P.Where},
                                    {"section", orNull(PS.Section)},
                                    {"title", orNull(PS.Title)},
                                    {"line", PS.Section.empty()
                                                 ? llvm::json::Value(nullptr)
                                                 : llvm::json::Value(PS.Line)},
                                    {"secondary", toJsonArray(PS.Secondary)}});
  }
  double Coverage = Total ? 100.0 * Disclosed / Total : 100.0;
  bool Below = Coverage + 1e-9 < MinCoverage;
  if (Json) {
    llvm::json::Object Root{{"file", D.File},
                            {"language", orNull(M.Chosen->Language)},
                            {"practices", std::move(JP)},
                            {"disclosed", Disclosed},
                            {"total", Total},
                            {"coverage", Coverage},
                            {"minCoverage", MinCoverage},
                            {"pass", !Below}};
    llvm::outs() << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root)))
                 << "\n";
  } else {
    llvm::raw_ostream &OS = llvm::outs();
    OS << D.File << ": language "
       << (M.Chosen->Language.empty() ? "unknown" : M.Chosen->Language)
       << ", practices from " << SarifPath << "\n";
    OS << llvm::formatv("{0,-40} {1,-10} {2}\n", "practice", "section",
                        "title");
    for (const std::string &L : Lines)
      OS << L << "\n";
    if (!Undisclosed.empty()) {
      OS << "not disclosed by any section:\n";
      for (const std::string &L : Undisclosed)
        OS << L << "\n";
    }
    OS << llvm::formatv("coverage: {0} of {1} practice(s) disclosed ({2:F1}%)",
                        Disclosed, Total, Coverage);
    if (MinCoverage > 0)
      OS << llvm::formatv(", minimum {0:F1}%", MinCoverage);
    OS << "\n";
  }
  if (Below)
    llvm::errs() << D.File << ": error: " << llvm::formatv("{0:F1}", Coverage)
                 << "% of the practices are disclosed, below --min-coverage="
                 << llvm::formatv("{0:F1}", MinCoverage) << "\n";
  return Below ? 1 : 0;
}

int runPolicyCommand(int Argc, const char **Argv,
                     const std::string &PolicyDataDir) {
  std::string Verb, File, Language, ConfigFile, Format = "text", Sarif;
  double MinCoverage = 0;
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef A(Argv[I]);
    if (A == "-h" || A == "--help" || A == "-help") {
      llvm::outs() << Usage;
      return 0;
    }
    if (A.consume_front("--language=") || A.consume_front("-language=")) {
      Language = A.str();
    } else if ((A == "--language" || A == "-language") && I + 1 < Argc) {
      Language = Argv[++I];
    } else if (A.consume_front("--config-file=") ||
               A.consume_front("-config-file=")) {
      ConfigFile = A.str();
    } else if (A.consume_front("--format=")) {
      Format = A.str();
      if (Format != "text" && Format != "json") {
        llvm::errs() << "error: --format must be text or json\n" << Usage;
        return 2;
      }
    } else if (A.consume_front("--sarif=")) {
      Sarif = A.str();
    } else if (A.consume_front("--min-coverage=")) {
      if (A.getAsDouble(MinCoverage) || MinCoverage < 0 || MinCoverage > 100) {
        llvm::errs() << "error: --min-coverage takes a percentage, 0-100\n";
        return 2;
      }
    } else if (A.starts_with("-")) {
      llvm::errs() << "error: unknown option '" << A << "'\n" << Usage;
      return 2;
    } else if (Verb.empty()) {
      Verb = A.str();
    } else if (File.empty()) {
      File = A.str();
    } else {
      llvm::errs() << "error: unexpected argument '" << A << "'\n" << Usage;
      return 2;
    }
  }
  bool KnownVerb = Verb == "outline" || Verb == "map" || Verb == "check";
  if (!KnownVerb || File.empty()) {
    llvm::errs() << (Verb.empty() || KnownVerb
                         ? "error: name a policy file\n"
                         : "error: unknown policy command '" + Verb + "'\n")
                 << Usage;
    return 2;
  }
  if (Verb == "check" && Sarif.empty()) {
    llvm::errs() << "error: policy check needs --sarif=<file> (written by "
                    "'consentlint --sarif=<file> ...')\n"
                 << Usage;
    return 2;
  }
  std::map<std::string, std::string> Overrides;
  if (!ConfigFile.empty()) {
    auto C = rules::loadConfig(ConfigFile);
    if (!C) {
      llvm::errs() << llvm::toString(C.takeError()) << "\n";
      return 2;
    }
    if (C->Policy) {
      Overrides = C->Policy->Map;
      if (Language.empty())
        Language = C->Policy->Language;
    }
  }
  auto Data = policy::loadLanguageData(PolicyDataDir);
  if (!Data) {
    llvm::errs() << llvm::toString(Data.takeError()) << "\n";
    return 2;
  }
  if (!Language.empty() && !Data->find(Language)) {
    llvm::errs() << "error: unknown language '" << Language
                 << "'; known:";
    for (const rules::LanguageProfile &L : Data->Languages)
      llvm::errs() << " " << L.Code;
    llvm::errs() << "\n";
    return 2;
  }
  auto Doc = policy::readPolicy(File, *Data);
  if (!Doc) {
    llvm::errs() << llvm::toString(Doc.takeError()) << "\n";
    return 2;
  }
  for (const policy::Diagnostic &W : Doc->Warnings)
    llvm::errs() << policy::formatWarning(*Doc, W) << "\n";
  if (!Doc->Usable)
    return 1;
  if (Verb == "outline") {
    printOutline(*Doc, *Data, Language);
    return 0;
  }
  policy::PolicyMapping M = policy::mapTopics(*Doc, *Data, Language, Overrides);
  for (const std::string &W : M.Warnings)
    llvm::errs() << W << "\n";
  if (!M.Chosen) {
    llvm::errs() << File << ": error: the policy has no text to map\n";
    return 1;
  }
  if (Verb == "check")
    return runCheck(*Doc, *Data, M, Sarif, MinCoverage, Format == "json");
  if (Format == "json")
    printMapJson(*Doc, M);
  else
    printMap(*Doc, M);
  return 0;
}

} // namespace consentlint
