//===- SarifReporter.cpp - SARIF 2.1.0 for code scanning ------------------===//

#include "driver/report/SarifReporter.h"
#include "checks/Check.h"
#include "engine/Fingerprint.h"
#include "engine/JsonFile.h"
#include "support/Compat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <set>

namespace consentlint {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

/// GitHub code scanning's limit on results per run.
static constexpr size_t MaxSarifResults = 25000;

static constexpr const char *DocsBase =
    "https://github.com/consentlint/consentlint/blob/main/docs/";

std::string checkDocUrl(const std::string &CheckName) {
  return std::string(DocsBase) + "checks/" + CheckName + ".md";
}

unsigned utf16Column(const std::string &Line, unsigned ByteColumn) {
  unsigned Units = 0;
  for (unsigned I = 0; I + 1 < ByteColumn && I < Line.size(); ++I) {
    unsigned char C = Line[I];
    if ((C & 0xC0) == 0x80)
      continue; // Continuation byte.
    Units += (C >= 0xF0) ? 2 : 1; // 4-byte sequences are surrogate pairs.
  }
  if (ByteColumn > Line.size() + 1)
    Units += ByteColumn - Line.size() - 1;
  return Units + 1;
}

static std::string percentEncode(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
      Out += C;
    else {
      Out += '%';
      Out += llvm::hexdigit(C >> 4, false);
      Out += llvm::hexdigit(C & 15, false);
    }
  }
  return Out;
}

static std::string pascalCase(llvm::StringRef Name) {
  std::string Out;
  bool Up = true;
  for (char C : Name) {
    if (C == '-' || C == '_') {
      Up = true;
      continue;
    }
    Out += Up ? llvm::toUpper(C) : C;
    Up = false;
  }
  return Out;
}

static std::string sentence(std::string S) {
  if (!S.empty() && S.back() != '.')
    S += '.';
  return S;
}

namespace {
class Writer {
public:
  explicit Writer(const Report &R) : R(R) {}
  Value run();

private:
  Object artifactLocation(const std::string &File);
  Object region(const Location &L, const std::string &Line);
  Object physical(const Location &L, const std::string &Line);
  Object result(const Finding &F);
  /// The enabled checks as SARIF rules (fills RuleIndex).
  Array rules();
  /// The results, at most MaxSarifResults of them.
  Array results();
  /// The privacy policy's sections as a SARIF taxonomy.
  Object taxonomy();
  const std::vector<std::string> &hashes(const std::string &File);

  const Report &R;
  std::map<std::string, unsigned> RuleIndex;
  std::map<std::string, std::vector<std::string>> HashCache;
};
} // namespace

Object Writer::artifactLocation(const std::string &File) {
  std::string Rel = relativeTo(File, R.SourceRoot);
  if (Rel != File)
    return Object{{"uri", percentEncode(Rel)}, {"uriBaseId", "%SRCROOT%"}};
  return Object{{"uri", "file://" + percentEncode(File)}};
}

Object Writer::region(const Location &L, const std::string &Line) {
  Object Reg{{"startLine", L.Line},
             {"startColumn", utf16Column(Line, L.Column)}};
  unsigned EndLine = L.EndLine ? L.EndLine : L.Line;
  Reg["endLine"] = EndLine;
  unsigned End = EndLine == L.Line ? utf16Column(Line, L.EndColumn ? L.EndColumn
                                                                    : L.Column + 1)
                                   : L.EndColumn;
  if (EndLine == L.Line && End <= utf16Column(Line, L.Column))
    End = utf16Column(Line, L.Column) + 1;
  Reg["endColumn"] = End;
  return Reg;
}

Object Writer::physical(const Location &L, const std::string &Line) {
  return Object{{"artifactLocation", artifactLocation(L.File)},
                {"region", region(L, Line)}};
}

const std::vector<std::string> &Writer::hashes(const std::string &File) {
  auto It = HashCache.find(File);
  if (It != HashCache.end())
    return It->second;
  std::vector<std::string> H;
  if (auto Buf = llvm::MemoryBuffer::getFile(File))
    H = lineHashes((*Buf)->getBuffer());
  return HashCache[File] = std::move(H);
}

Object Writer::result(const Finding &F) {
  Object Res;
  Res["ruleId"] = F.Check;
  auto RI = RuleIndex.find(F.Check);
  if (RI != RuleIndex.end())
    Res["ruleIndex"] = RI->second;
  Res["level"] = levelName(F.Severity);
  std::string Text = F.Message;
  Array Related;
  unsigned NextId = 1;
  for (const Note &N : F.Notes) {
    if (!N.Loc.valid())
      continue;
    Related.push_back(Object{{"id", NextId},
                             {"physicalLocation", physical(N.Loc, N.SourceLine)},
                             {"message", Object{{"text", sentence(N.Message)}}}});
    ++NextId;
  }
  if (!F.PolicySection.empty())
    Text += " (privacy policy \u00a7" + F.PolicySection + " \"" + F.PolicyTitle + "\")";
  if (NextId > 1)
    Text += ". See [the related location](1)";
  Res["message"] = Object{{"text", sentence(Text)}};
  Res["locations"] = Array{Object{{"physicalLocation", physical(F.Loc, F.SourceLine)}}};
  if (!Related.empty())
    Res["relatedLocations"] = std::move(Related);
  Object Fp;
  const auto &H = hashes(F.Loc.File);
  if (F.Loc.Line >= 1 && F.Loc.Line <= H.size() && !H[F.Loc.Line - 1].empty())
    Fp["primaryLocationLineHash"] = H[F.Loc.Line - 1];
  Fp["consentlint/v1"] = stableFingerprint(
      F.Check, F.RuleId, relativeTo(F.Loc.File, R.SourceRoot), F.SourceLine);
  Res["partialFingerprints"] = std::move(Fp);
  // The data's path (source -> steps -> sink) first, then the calls from
  // the program's entry to the finding.
  Array Flows;
  for (const std::vector<FlowStep> *Path : {&F.DataPath, &F.Flow}) {
    if (Path->empty())
      continue;
    Array Locs;
    for (const FlowStep &S : *Path) {
      std::string Line;
      if (S.Loc == F.Loc)
        Line = F.SourceLine;
      Locs.push_back(Object{
          {"location",
           Object{{"physicalLocation", physical(S.Loc, Line)},
                  {"message", Object{{"text", sentence(S.Message)}}}}}});
    }
    Flows.push_back(Object{
        {"threadFlows", Array{Object{{"locations", std::move(Locs)}}}}});
  }
  if (!Flows.empty())
    Res["codeFlows"] = std::move(Flows);
  if (!F.PolicySection.empty())
    Res["taxa"] = Array{Object{{"id", F.PolicySection},
                               {"toolComponent", Object{{"name", "privacy-policy"}}}}};
  if (F.Suppressed) {
    Object Sup{{"kind", F.SuppressionKind.empty() ? "inSource" : F.SuppressionKind},
               {"status", "accepted"}};
    if (!F.Justification.empty())
      Sup["justification"] = F.Justification;
    Res["suppressions"] = Array{std::move(Sup)};
  }
  Object Props;
  Props["consentlint/rule"] = F.RuleId;
  if (!F.Vendor.empty())
    Props["consentlint/vendor"] = F.Vendor;
  if (!F.Practice.empty())
    Props["consentlint/practice"] = F.Practice;
  Props["consentlint/dataCategories"] = toJsonArray(F.DataCategories);
  Props["consentlint/missingPurposes"] = toJsonArray(F.MissingPurposes);
  Props["consentlint/topics"] = toJsonArray(F.Topics);
  if (!R.PolicyConfigured)
    Props["consentlint/policy"] = "not configured: no privacy policy was given";
  else if (F.PolicySection.empty())
    Props["consentlint/policy"] = "no section of the privacy policy covers this";
  if (!F.PolicySection.empty()) {
    Props["consentlint/policySection"] = F.PolicySection;
    Props["tags"] = Array{"privacy-policy/" + F.PolicySection};
  }
  Res["properties"] = std::move(Props);
  return Res;
}

Array Writer::rules() {
  Array Rules;
  for (const Check *C : R.Rules) {
    RuleIndex[C->name().str()] = Rules.size();
    std::string Name = C->name().str();
    std::string Url = checkDocUrl(Name);
    std::string Group = llvm::StringRef(Name).split('-').first.str();
    Object Rule{
        {"id", Name},
        {"name", pascalCase(Name)},
        {"shortDescription", Object{{"text", sentence(C->summary().str())}}},
        {"fullDescription",
         Object{{"text", sentence(C->summary().str()) +
                             " Each result names the rule-pack rule that "
                             "matched and the consent purposes missing on the "
                             "reported path."}}},
        {"help", Object{{"text", sentence(C->summary().str()) +
                                     " Documentation: " + Url},
                        {"markdown", "**" + Name + "**: " +
                                         sentence(C->summary().str()) +
                                         "\n\nSee [the documentation](" + Url +
                                         ") for what is flagged, the recognised "
                                         "consent gates and how to suppress "
                                         "a finding with a justification."}}},
        {"helpUri", Url},
        {"defaultConfiguration", Object{{"level", "warning"}}},
        {"properties",
         Object{{"tags", Group == "consent"   ? Array{"privacy", "consent"}
                         : Group == "privacy" ? Array{"privacy", "data-flow"}
                                              : Array{"privacy", "consent", Group}},
                {"precision", "high"},
                {"problem.severity", "warning"}}}};
    // The policy sections this rule's results were mapped to.
    std::set<std::string> Sections;
    for (const Finding &F : R.Findings)
      if (F.Check == Name && !F.PolicySection.empty())
        Sections.insert(F.PolicySection);
    Array Relationships;
    for (const std::string &Id : Sections)
      Relationships.push_back(Object{
          {"target", Object{{"id", Id},
                            {"toolComponent", Object{{"name", "privacy-policy"}}}}},
          {"kinds", Array{"relevant"}}});
    if (!Relationships.empty())
      Rule["relationships"] = std::move(Relationships);
    Rules.push_back(std::move(Rule));
  }
  return Rules;
}

Array Writer::results() {
  // GitHub rejects runs with more than 25,000 results: keep the most severe
  // (errors, then warnings, then notes, each in canonical order) and say so.
  std::vector<const Finding *> Kept;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed || R.IncludeSuppressed)
      Kept.push_back(&F);
  if (Kept.size() > MaxSarifResults) {
    std::stable_sort(Kept.begin(), Kept.end(),
                     [](const Finding *A, const Finding *B) {
                       return A->Severity > B->Severity;
                     });
    llvm::errs() << "warning: " << Kept.size()
                 << " findings exceed the 25,000 results GitHub accepts in one "
                    "SARIF run; the "
                 << MaxSarifResults
                 << " most severe are written (use --baseline or --shard to "
                    "split them)\n";
    Kept.resize(MaxSarifResults);
    std::stable_sort(Kept.begin(), Kept.end(),
                     [](const Finding *A, const Finding *B) { return *A < *B; });
  }
  Array Results;
  for (const Finding *F : Kept)
    Results.push_back(result(*F));
  return Results;
}

Object Writer::taxonomy() {
  Array Taxa;
  for (const policy::PolicySection &S : R.Policy.Sections)
    Taxa.push_back(Object{{"id", S.Id},
                          {"name", S.Title.empty() ? S.Id : S.Title},
                          {"shortDescription",
                           Object{{"text", sentence("Privacy policy section " +
                                                    S.Id + " " + S.Title)}}}});
  return Object{
      {"name", "privacy-policy"},
      {"version", R.Policy.Version},
      {"guid", "6f1c7a52-3d1e-4c1b-9a9e-" + R.Policy.Version.substr(0, 12)},
      {"informationUri", "file://" + percentEncode(R.Policy.File)},
      {"organization", "the project"},
      {"shortDescription",
       Object{{"text", sentence("Sections of the project's privacy policy (" +
                                R.Policy.Language + ")")}}},
      {"taxa", std::move(Taxa)}};
}

Value Writer::run() {
  Array Rules = rules();
  Array Results = results();
  std::string Root = R.SourceRoot.empty() ? "/" : R.SourceRoot + "/";
  Object Driver{{"name", "consentlint"},
                {"fullName", "consentlint privacy and consent analyzer"},
                {"version", CONSENTLINT_VERSION},
                {"semanticVersion", CONSENTLINT_VERSION},
                {"informationUri", "https://github.com/consentlint/consentlint"},
                {"rules", std::move(Rules)}};
  Object Run{{"tool", Object{{"driver", std::move(Driver)}}},
             {"originalUriBaseIds",
              Object{{"%SRCROOT%", Object{{"uri", "file://" + percentEncode(Root)}}}}},
             {"columnKind", "utf16CodeUnits"},
             {"results", std::move(Results)},
             {"invocations",
              Array{Object{{"executionSuccessful", R.FailedUnits == 0},
                           {"workingDirectory",
                            Object{{"uri", "file://" + percentEncode(Root)}}}}}}};
  if (!R.Category.empty())
    Run["automationDetails"] = Object{{"id", R.Category + "/"}};
  if (!R.Policy.Sections.empty())
    Run["taxonomies"] = Array{taxonomy()};
  Object Props;
  Props["consentlint/llvmVersion"] = compat::llvmVersion();
  Props["consentlint/units"] = R.Units;
  Props["consentlint/failedUnits"] = R.FailedUnits;
  if (!R.SummaryJson.empty())
    if (auto V = llvm::json::parse(R.SummaryJson))
      Props["consentlint/summaries"] = std::move(*V);
  Run["properties"] = std::move(Props);
  return Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", Array{std::move(Run)}}};
}

std::string renderSarif(const Report &R) {
  Writer W(R);
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << llvm::formatv("{0:2}", W.run()) << "\n";
  return OS.str();
}

} // namespace consentlint
