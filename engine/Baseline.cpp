//===- Baseline.cpp - Accepted findings, by line-independent fingerprint --===//

#include "engine/Baseline.h"
#include "engine/AtomicFile.h"
#include "engine/Fingerprint.h"
#include "engine/JsonFile.h"
#include "support/Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>

namespace consentlint {

BaselineEntry baselineEntry(const Finding &F, const std::string &SourceRoot) {
  BaselineEntry E;
  E.File = relativeTo(F.Loc.File, SourceRoot);
  E.Check = F.Check;
  E.Rule = F.RuleId;
  E.Fingerprint = stableFingerprint(F.Check, F.RuleId, E.File, F.SourceLine);
  E.Code = llvm::StringRef(F.SourceLine).trim().str();
  return E;
}

static llvm::Error fail(const std::string &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

llvm::Expected<std::vector<BaselineEntry>> readBaseline(const std::string &Path) {
  auto V = readJsonFile(Path, "baseline",
                        "; create it with 'consentlint baseline create -o " +
                            Path + " ...'");
  if (!V)
    return V.takeError();
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Array *A = O ? O->getArray("findings") : nullptr;
  if (!A || O->getInteger("version").value_or(0) != 1)
    return fail(Path + ":1:1: error: not a consentlint baseline (expected "
                       "{\"version\": 1, \"findings\": [...]})");
  std::vector<BaselineEntry> Out;
  for (const llvm::json::Value &EV : *A) {
    const llvm::json::Object *EO = EV.getAsObject();
    auto Str = [&](llvm::StringRef K) {
      auto S = EO ? EO->getString(K) : std::nullopt;
      return S ? S->str() : std::string();
    };
    BaselineEntry E{Str("fingerprint"), Str("check"), Str("rule"), Str("file"),
                    Str("code")};
    if (E.Fingerprint.empty())
      return fail(Path + ":1:1: error: baseline entry " +
                  std::to_string(Out.size() + 1) + " has no \"fingerprint\"");
    Out.push_back(std::move(E));
  }
  return Out;
}

std::string renderBaseline(std::vector<BaselineEntry> Entries) {
  std::sort(Entries.begin(), Entries.end());
  llvm::json::Array A;
  for (const BaselineEntry &E : Entries)
    A.push_back(llvm::json::Object{{"file", E.File},
                                   {"check", E.Check},
                                   {"rule", E.Rule},
                                   {"fingerprint", E.Fingerprint},
                                   {"code", E.Code}});
  llvm::json::Object Top{
      {"version", 1},
      {"tool", "consentlint"},
      {"comment", "Accepted consentlint findings. Regenerate with "
                  "'consentlint baseline update'; entries match by check, "
                  "rule, file and the flagged code, not by line."},
      {"findings", std::move(A)}};
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Top))) << "\n";
  return OS.str();
}

unsigned applyBaseline(std::vector<Finding> &Findings,
                       const std::vector<BaselineEntry> &Entries,
                       const std::string &SourceRoot) {
  std::map<std::string, unsigned> Budget;
  for (const BaselineEntry &E : Entries)
    ++Budget[E.Fingerprint];
  unsigned Count = 0;
  for (Finding &F : Findings) {
    if (F.Suppressed)
      continue;
    auto It = Budget.find(baselineEntry(F, SourceRoot).Fingerprint);
    if (It == Budget.end() || It->second == 0)
      continue;
    --It->second;
    F.Suppressed = true;
    F.SuppressionKind = "external";
    F.Justification = "recorded in the baseline";
    ++Count;
  }
  return Count;
}

int writeBaselineFile(const std::string &Action, const std::string &Path,
                      const std::vector<Finding> &Findings,
                      const std::string &SourceRoot, bool Quiet) {
  std::vector<BaselineEntry> Current;
  for (const Finding &F : Findings)
    if (!F.Suppressed)
      Current.push_back(baselineEntry(F, SourceRoot));
  std::vector<BaselineEntry> Out;
  unsigned Removed = 0, NotAdded = 0;
  if (Action == "update") {
    // A baseline only shrinks: keep the entries still found, drop fixed
    // ones, and do not accept new findings silently.
    auto Old = readBaseline(Path);
    if (!Old) {
      llvm::errs() << llvm::toString(Old.takeError()) << "\n";
      return 2;
    }
    std::map<std::string, unsigned> Found;
    for (const BaselineEntry &E : Current)
      ++Found[E.Fingerprint];
    for (BaselineEntry &E : *Old) {
      auto It = Found.find(E.Fingerprint);
      if (It == Found.end() || It->second == 0) {
        ++Removed;
        continue;
      }
      --It->second;
      // Refresh the human-readable fields from the current finding.
      for (const BaselineEntry &C : Current)
        if (C.Fingerprint == E.Fingerprint) {
          E = C;
          break;
        }
      Out.push_back(std::move(E));
    }
    for (auto &[Fp, N] : Found)
      NotAdded += N;
  } else {
    Out = std::move(Current);
  }
  size_t N = Out.size();
  if (llvm::Error E = writeFileAtomically(Path, renderBaseline(std::move(Out)))) {
    llvm::errs() << "error: " << llvm::toString(std::move(E)) << "\n";
    return 2;
  }
  if (!Quiet) {
    llvm::errs() << "consentlint: wrote " << N << " finding(s) to " << Path;
    if (Action == "update")
      llvm::errs() << " (" << Removed << " fixed and removed"
                   << (NotAdded ? ", " + std::to_string(NotAdded) +
                                      " new finding(s) not added: fix them, "
                                      "suppress them with a reason, or "
                                      "re-record with 'baseline create'"
                                : std::string())
                   << ")";
    llvm::errs() << "\n";
  }
  return 0;
}

} // namespace consentlint
