//===- PolicyCommand.cpp - consentlint policy outline / map ---------------===//
//
// Lets a user see what the reader made of a policy (languages, section
// tree) and how every privacy topic maps to it, so the mapping can be
// checked and overridden with policy.map.
//
//===----------------------------------------------------------------------===//

#include "driver/policy/PolicyCommand.h"
#include "driver/policy/PolicyMapper.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

static const char *Usage =
    "usage: consentlint policy outline <file> [--language=<code>]\n"
    "       consentlint policy map <file> [--language=<code>] "
    "[--config-file=<.consentlint.yaml>]\n"
    "\n"
    "  outline  the languages found and the section tree of each\n"
    "  map      for every privacy topic, the section that covers it and its\n"
    "           score (heading matches count 10, body matches 1; summed over\n"
    "           the translations), and the section each language alone picks\n"
    "\n"
    "Policy data (lexicon.yaml, languages.yaml) is read from\n"
    "$CONSENTLINT_POLICY_DIR or <binary>/../share/consentlint/policy.\n";

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
                             << (S.Item ? ", list item"
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

int runPolicyCommand(int Argc, const char **Argv, void *MainAddr) {
  std::string Verb, File, Language, ConfigFile;
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
  if ((Verb != "outline" && Verb != "map") || File.empty()) {
    llvm::errs() << (Verb.empty() || Verb == "outline" || Verb == "map"
                         ? "error: name a policy file\n"
                         : "error: unknown policy command '" + Verb + "'\n")
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
  auto Data = policy::loadLanguageData(policy::policyDataDir(Argv[0], MainAddr));
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
  printMap(*Doc, M);
  return 0;
}

} // namespace consentlint
