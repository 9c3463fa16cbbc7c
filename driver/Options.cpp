//===- Options.cpp - The consentlint command line -------------------------===//

#include "driver/Options.h"
#include "driver/report/Reporter.h"
#include "support/Compat.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include <thread>

namespace consentlint {
namespace cl = llvm::cl;

static cl::OptionCategory Category("consentlint options");

static const char *Overview = R"(consentlint finds code that collects personal data, sets cookies or calls
advertising and analytics SDKs without a consent check, and maps each finding
to the section of the project's privacy policy that covers it.

  consentlint [options] [<source>...] [-- <compiler flags>]
  consentlint -p build                 analyse every file in build/compile_commands.json
  consentlint lsp                      run the language server on stdin/stdout

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage, configuration or analysis error (other units' results are still
written).
)";

namespace {
/// The command line's options, registered once.
struct Flags {
  cl::list<std::string> Sources{cl::Positional, cl::desc("<source>..."),
                                cl::cat(Category)};
  cl::opt<std::string> BuildPath{
      "p",
      cl::desc("Build directory with compile_commands.json (default: "
               "searched upward from the first source, then in build/)"),
      cl::value_desc("build-dir"), cl::cat(Category)};
  cl::list<std::string> ExtraArgs{
      "extra-arg", cl::desc("Additional compiler argument to append"),
      cl::cat(Category)};
  cl::list<std::string> ExtraArgsBefore{
      "extra-arg-before", cl::desc("Additional compiler argument to prepend"),
      cl::cat(Category)};
  cl::opt<std::string> Checks{
      "checks",
      cl::desc("Comma-separated check globs, later ones win, '-' removes "
               "(default: consent-*,policy-*,privacy-*)"),
      cl::cat(Category)};
  cl::opt<std::string> ConfigFile{
      "config-file",
      cl::desc("Use this config instead of the .consentlint.yaml found "
               "upward from each source"),
      cl::cat(Category)};
  cl::list<std::string> Rules{
      "rules", cl::desc("Extra rule pack (file or directory); repeatable"),
      cl::cat(Category)};
  const std::string FormatHelp = "Output format: " + reporterHelp();
  cl::opt<std::string> Format{"format", cl::desc(FormatHelp),
                              cl::init(reporters().front().Name),
                              cl::cat(Category)};
  cl::opt<std::string> Output{
      "o", cl::desc("Write the report to this file (atomically)"),
      cl::value_desc("file"), cl::cat(Category)};
  cl::opt<unsigned> Jobs{
      "j", cl::desc("Translation units analysed in parallel (default: cores)"),
      cl::init(0), cl::cat(Category)};
  cl::opt<bool> ListChecks{"list-checks",
                           cl::desc("List the enabled checks and exit"),
                           cl::cat(Category)};
  cl::opt<bool> ListRules{
      "list-rules",
      cl::desc("List rules with check, purposes and data categories; exit"),
      cl::cat(Category)};
  cl::opt<bool> DumpRulesJson{
      "dump-rules-json",
      cl::desc("Print every loaded rule pack as JSON and exit (used by "
               "tools/gen_rule_docs.py)"),
      cl::cat(Category)};
  cl::opt<bool> DumpConfig{
      "dump-config", cl::desc("Print the effective configuration and exit"),
      cl::cat(Category)};
  cl::opt<std::string> FailOn{
      "fail-on",
      cl::desc("Exit 1 on findings at or above: error, warning (default), "
               "note, never"),
      cl::cat(Category)};
  cl::opt<std::string> Explain{
      "explain",
      cl::desc("Explain why the calls at <file>:<line> were judged gated or "
               "not"),
      cl::value_desc("file:line"), cl::cat(Category)};
  cl::opt<std::string> ResourceDir{
      "resource-dir", cl::desc("Clang resource directory (builtin headers)"),
      cl::cat(Category)};
  cl::opt<bool> NoSdkStubs{
      "no-sdk-stubs",
      cl::desc("Do not fall back to consentlint's own SDK declarations when "
               "a project's SDK header (UIKit, AdSupport, Firebase, ...) is "
               "not installed"),
      cl::cat(Category)};
  cl::opt<std::string> SourceRoot{
      "source-root",
      cl::desc("Root for repo-relative paths in reports (default: git "
               "top level, else the current directory)"),
      cl::cat(Category)};
  cl::opt<std::string> Policy{
      "policy", cl::desc("Privacy policy file (text, Markdown or HTML)"),
      cl::cat(Category)};
  cl::opt<std::string> SarifCategory{
      "category", cl::desc("SARIF automationDetails.id category"),
      cl::cat(Category)};
  cl::opt<bool> NoSource{"no-source",
                         cl::desc("Do not print source lines and carets"),
                         cl::cat(Category)};
  cl::opt<bool> Quiet{"quiet", cl::desc("No progress on stderr"),
                      cl::cat(Category)};
  cl::opt<bool> Experimental{"experimental",
                             cl::desc("Also load rules marked experimental"),
                             cl::cat(Category)};
  cl::list<std::string> Exclude{
      "exclude",
      cl::desc("Path glob of vendored code not to analyse (repeatable; added "
               "to the config's 'exclude', which defaults to third_party/, "
               "vendor/, external/, ... directories)"),
      cl::value_desc("glob"), cl::cat(Category)};
  cl::opt<bool> IncludeSuppressed{
      "include-suppressed",
      cl::desc("Write suppressed findings to SARIF with their justification"),
      cl::cat(Category)};

  cl::opt<bool> RequireJustification{
      "require-justification",
      cl::desc("Report a NOLINT that suppresses a finding without a reason "
               "('// NOLINT(check): reason')"),
      cl::cat(Category)};
  cl::opt<std::string> BaselineFile{
      "baseline",
      cl::desc("Report only findings not recorded in this baseline (made by "
               "'consentlint baseline create')"),
      cl::value_desc("file"), cl::cat(Category)};
  cl::opt<std::string> NewSince{
      "new-since",
      cl::desc("Report only findings on lines added or changed since the "
               "merge base with this git revision"),
      cl::value_desc("git-rev"), cl::cat(Category)};
  cl::opt<std::string> Shard{
      "shard",
      cl::desc("Analyse only slice K of N (1 <= K <= N) of the files, chosen "
               "by a stable hash of the repo-relative path"),
      cl::value_desc("K/N"), cl::cat(Category)};
  cl::opt<bool> HookMode{
      "hook-mode",
      cl::desc("pre-commit mode: report only the files given, find the "
               "compilation database, analyse headers through a unit that "
               "includes them"),
      cl::cat(Category)};
  cl::opt<bool> Staged{
      "staged",
      cl::desc("Analyse the content staged in the git index, not the working "
               "tree"),
      cl::cat(Category)};
  cl::opt<bool> EmitSummaries{
      "emit-summaries",
      cl::desc("Keep the cross-unit consent summaries in SARIF for "
               "'consentlint merge' (implied by --shard)"),
      cl::cat(Category)};
};
} // namespace

static Flags &flags() {
  static Flags F;
  return F;
}

/// The parsed flags as DriverOptions (without the compiler flags).
static void copyFlags(const Flags &F, DriverOptions &Out) {
  Out.Sources.assign(F.Sources.begin(), F.Sources.end());
  Out.BuildPath = F.BuildPath;
  Out.ExtraArgs.assign(F.ExtraArgs.begin(), F.ExtraArgs.end());
  Out.ExtraArgsBefore.assign(F.ExtraArgsBefore.begin(),
                             F.ExtraArgsBefore.end());
  Out.Checks = F.Checks;
  Out.ConfigFile = F.ConfigFile;
  Out.Rules.assign(F.Rules.begin(), F.Rules.end());
  Out.Format = F.Format;
  Out.Output = F.Output;
  Out.Jobs =
      F.Jobs ? F.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Out.ListChecks = F.ListChecks;
  Out.ListRules = F.ListRules;
  Out.DumpRulesJson = F.DumpRulesJson;
  Out.DumpConfig = F.DumpConfig;
  Out.FailOn = F.FailOn;
  Out.Explain = F.Explain;
  Out.ResourceDir = F.ResourceDir;
  Out.NoSdkStubs = F.NoSdkStubs;
  Out.SourceRoot = F.SourceRoot;
  Out.Policy = F.Policy;
  Out.Category = F.SarifCategory;
  Out.NoSource = F.NoSource;
  Out.Quiet = F.Quiet;
  Out.Experimental = F.Experimental;
  Out.IncludeSuppressed = F.IncludeSuppressed;
  Out.Exclude.assign(F.Exclude.begin(), F.Exclude.end());
  Out.RequireJustification = F.RequireJustification;
  Out.Baseline = F.BaselineFile;
  Out.NewSince = F.NewSince;
  Out.HookMode = F.HookMode;
  Out.Staged = F.Staged;
  Out.EmitSummaries = F.EmitSummaries;
  Out.FormatGiven = F.Format.getNumOccurrences() > 0;
}

/// Checks what the option parser cannot and fills what follows from it.
static bool validate(const Flags &F, DriverOptions &Out) {
  if (!F.Shard.empty()) {
    llvm::StringRef K, N;
    std::tie(K, N) = llvm::StringRef(F.Shard).split('/');
    if (K.getAsInteger(10, Out.ShardIndex) ||
        N.getAsInteger(10, Out.ShardCount) || Out.ShardCount == 0 ||
        Out.ShardIndex < 1 || Out.ShardIndex > Out.ShardCount) {
      llvm::errs() << "error: --shard takes K/N with 1 <= K <= N, e.g. "
                      "--shard=2/4, not '"
                   << F.Shard << "'\n";
      return false;
    }
    Out.EmitSummaries = true;
  }
  if (!F.FailOn.empty() && F.FailOn != "error" && F.FailOn != "warning" &&
      F.FailOn != "note" && F.FailOn != "never") {
    llvm::errs() << "error: --fail-on must be error, warning, note or never, "
                    "not '"
                 << F.FailOn << "'\n";
    return false;
  }
  const Reporter *R = findReporter(Out.Format);
  if (!R) {
    llvm::errs() << "error: --format must be " << reporterNames(", ", " or ")
                 << ", not '" << F.Format << "'\n";
    return false;
  }
  Out.Format = R->Name;
  return true;
}

bool parseDriverOptions(int Argc, const char **Argv, DriverOptions &Out) {
  Flags &F = flags();
  // Everything after "--" is compiler flags.
  std::vector<const char *> Args;
  for (int I = 0; I < Argc; ++I) {
    if (llvm::StringRef(Argv[I]) == "--" && I > 0) {
      Out.HaveCompilerArgs = true;
      for (int J = I + 1; J < Argc; ++J)
        Out.CompilerArgs.push_back(Argv[J]);
      break;
    }
    Args.push_back(Argv[I]);
  }
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "consentlint " << CONSENTLINT_VERSION << " (built with LLVM "
       << compat::llvmVersion() << ")\n";
  });
  if (!cl::ParseCommandLineOptions(Args.size(), Args.data(), Overview,
                                   &llvm::errs()))
    return false;
  copyFlags(F, Out);
  return validate(F, Out);
}

} // namespace consentlint
