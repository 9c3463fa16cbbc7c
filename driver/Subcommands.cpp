//===- Subcommands.cpp - consentlint baseline / merge ---------------------===//
//
// Both run the ordinary pipeline (driver/Run.cpp): "baseline" analyses and
// writes the baseline instead of a report; "merge" takes the units' consent
// summaries from shard SARIF files instead of analysing, links them as one
// program and reports exactly as a single full run would.
//
//===----------------------------------------------------------------------===//

#include "driver/Subcommands.h"
#include "driver/Run.h"
#include "driver/report/Reporter.h"
#include "engine/JsonFile.h"
#include "support/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

/// argv without the subcommand word(s), for parseDriverOptions.
static std::vector<const char *> shift(int Argc, const char **Argv,
                                       int Words) {
  std::vector<const char *> Out{Argv[0]};
  for (int I = 1 + Words; I < Argc; ++I)
    Out.push_back(Argv[I]);
  return Out;
}

int runBaselineCommand(int Argc, const char **Argv, const DataDirs &Data) {
  llvm::StringRef Action = Argc > 2 ? Argv[2] : "";
  if (Action != "create" && Action != "update") {
    llvm::errs() << "usage: consentlint baseline create|update [-o "
                    ".consentlint-baseline.json] [analysis options] "
                    "[<source>...] [-- <compiler flags>]\n"
                    "  create  records every current finding\n"
                    "  update  drops the entries of fixed findings (a "
                    "baseline only shrinks)\n";
    return ExitError;
  }
  std::vector<const char *> Args = shift(Argc, Argv, 2);
  DriverOptions O;
  if (!parseDriverOptions(Args.size(), Args.data(), O))
    return ExitError;
  O.BaselineAction = Action.str();
  if (O.Output.empty())
    O.Output = ".consentlint-baseline.json";
  if (!O.Baseline.empty()) {
    llvm::errs() << "error: 'baseline " << Action
                 << "' records findings; do not pass --baseline to it\n";
    return ExitError;
  }
  return runAnalysis(O, Data);
}

int runMergeCommand(int Argc, const char **Argv, const DataDirs &Data) {
  std::vector<const char *> Args = shift(Argc, Argv, 1);
  DriverOptions O;
  if (!parseDriverOptions(Args.size(), Args.data(), O))
    return ExitError;
  if (O.Sources.empty()) {
    llvm::errs() << "usage: consentlint merge shard-1.sarif shard-2.sarif ... "
                    "[-o merged.sarif] [--format="
                 << reporterNames("|", "|")
                 << "]\n"
                    "Shards come from 'consentlint --shard=K/N --format=sarif'"
                    "; the merge job needs the same checkout.\n";
    return ExitError;
  }
  if (O.ShardCount || O.HookMode || O.Staged || O.HaveCompilerArgs) {
    llvm::errs() << "error: merge takes shard SARIF files, not analysis "
                    "input (--shard, --hook-mode, --staged, '--')\n";
    return ExitError;
  }
  O.MergeInputs = std::move(O.Sources);
  O.Sources.clear();
  if (!O.FormatGiven)
    O.Format = "sarif";
  return runAnalysis(O, Data);
}

static llvm::Error fail(const std::string &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

llvm::Error loadMergeInputs(const std::vector<std::string> &Paths,
                            MergeInputs &Out) {
  for (const std::string &P : Paths) {
    auto V = readJsonFile(P, "SARIF JSON");
    if (!V)
      return V.takeError();
    const llvm::json::Object *Top = V->getAsObject();
    const llvm::json::Array *Runs = Top ? Top->getArray("runs") : nullptr;
    if (!Runs || Runs->size() != 1)
      return fail(P + ":1:1: error: expected a SARIF log with exactly one "
                      "run, as 'consentlint --format=sarif' writes");
    const llvm::json::Object *Run = (*Runs)[0].getAsObject();
    const llvm::json::Object *Tool = Run ? Run->getObject("tool") : nullptr;
    const llvm::json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (!Driver || Driver->getString("name").value_or("") != "consentlint")
      return fail(P + ":1:1: error: not a consentlint SARIF run; merge "
                      "combines consentlint shards only");
    const llvm::json::Object *Props = Run->getObject("properties");
    const llvm::json::Value *S =
        Props ? Props->get("consentlint/summaries") : nullptr;
    if (!S)
      return fail(P + ":1:1: error: this SARIF has no consent summaries "
                      "(run.properties[\"consentlint/summaries\"]); produce "
                      "shards with --shard=K/N or --emit-summaries so merge "
                      "can link them as one program");
    if (Out.Summaries.empty()) {
      Out.Purposes = recordedPurposes(*S);
      Out.Options = recordedOptions(*S);
    }
    Out.Paths.push_back(P);
    Out.Summaries.push_back(*S);
  }
  return llvm::Error::success();
}

static std::string absPath(const std::string &P, const std::string &Root) {
  if (P.empty() || llvm::sys::path::is_absolute(P) || Root.empty())
    return P;
  llvm::SmallString<256> S(Root);
  llvm::sys::path::append(S, P);
  return std::string(S);
}

static std::string absFromCwd(const std::string &P) {
  if (P.empty())
    return P;
  llvm::SmallString<256> S(P);
  llvm::sys::fs::make_absolute(S);
  llvm::sys::path::remove_dots(S, true);
  return std::string(S);
}

RecordedOptions recordOptions(const DriverOptions &O,
                              const std::string &SourceRoot) {
  RecordedOptions R;
  auto Path = [&](const char *K, const std::string &V) {
    if (!V.empty())
      R[K] = relativeTo(absFromCwd(V), SourceRoot);
  };
  if (!O.Checks.empty())
    R["checks"] = O.Checks;
  Path("config-file", O.ConfigFile);
  Path("policy", O.Policy);
  Path("baseline", O.Baseline);
  std::string Rules;
  for (const std::string &Rl : O.Rules)
    Rules +=
        (Rules.empty() ? "" : "\n") + relativeTo(absFromCwd(Rl), SourceRoot);
  if (!Rules.empty())
    R["rules"] = Rules;
  if (!O.Category.empty())
    R["category"] = O.Category;
  if (!O.FailOn.empty())
    R["fail-on"] = O.FailOn;
  if (O.Experimental)
    R["experimental"] = "true";
  if (O.IncludeSuppressed)
    R["include-suppressed"] = "true";
  if (O.RequireJustification)
    R["require-justification"] = "true";
  return R;
}

void applyRecordedOptions(DriverOptions &O, const RecordedOptions &R,
                          const std::string &SourceRoot) {
  auto Get = [&](const char *K) {
    auto It = R.find(K);
    return It == R.end() ? std::string() : It->second;
  };
  if (O.Checks.empty())
    O.Checks = Get("checks");
  if (O.ConfigFile.empty())
    O.ConfigFile = absPath(Get("config-file"), SourceRoot);
  if (O.Policy.empty())
    O.Policy = absPath(Get("policy"), SourceRoot);
  if (O.Baseline.empty())
    O.Baseline = absPath(Get("baseline"), SourceRoot);
  if (O.Rules.empty() && !Get("rules").empty()) {
    // Keep the string alive: the parts point into it.
    const std::string Rules = Get("rules");
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(Rules).split(Parts, '\n', -1, false);
    for (llvm::StringRef P : Parts)
      O.Rules.push_back(absPath(P.str(), SourceRoot));
  }
  if (O.Category.empty())
    O.Category = Get("category");
  if (O.FailOn.empty())
    O.FailOn = Get("fail-on");
  O.Experimental |= Get("experimental") == "true";
  O.IncludeSuppressed |= Get("include-suppressed") == "true";
  O.RequireJustification |= Get("require-justification") == "true";
}

} // namespace consentlint
