//===- ConsentlintTidyModule.cpp - consentlint checks inside clang-tidy ---===//
//
// A clang-tidy plugin (clang-tidy --load=ConsentlintTidyModule.so) that
// registers every consentlint check under its own name (consent-ad-sdk,
// consent-cookie, ...). Each check instance runs nothing by itself: the first
// one to see a translation unit runs consentlint's per-unit analysis once
// for all enabled consentlint checks, links that one unit (no cross-unit
// linking: clang-tidy sees one file at a time), and every check then
// reports the findings of its own name, with their notes.
//
// The plugin must be built against the exact clang-tidy that loads it
// (same LLVM major version and build); the clang-tidy symbols are resolved
// from the executable at load time.
//
//===----------------------------------------------------------------------===//

#include "checks/CheckRegistry.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "engine/Engine.h"
#include "engine/FindingNotes.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include <dlfcn.h>

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace consentlint {
namespace tidy {
namespace {

static constexpr llvm::StringLiteral RulesDirOption = "RulesDir";
static constexpr llvm::StringLiteral ConfigFileOption = "ConfigFile";

/// The plugin's own shared object, for finding the data shipped next to
/// it (<prefix>/lib/X.so -> <prefix>/share/consentlint).
static std::string pluginPath() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&pluginPath), &Info) || !Info.dli_fname)
    return "";
  return Info.dli_fname;
}

/// What the consentlint checks of one clang-tidy run share: the engine
/// (rule packs and policy, loaded once per run) and the findings of the
/// current translation unit (analysed once per unit).
class SharedAnalysis {
public:
  /// The findings of the unit \p Ctx belongs to; analyses it on first use.
  /// \p Error is set when the configuration or data cannot be loaded.
  const std::vector<Finding> &findings(ASTContext &Ctx, ClangTidyContext &Tidy,
                                       llvm::StringRef RulesDir,
                                       llvm::StringRef ConfigFile,
                                       std::string &Error) {
    if (Current == &Ctx)
      return Findings;
    Current = &Ctx;
    Findings.clear();
    // A unit with errors has a partial AST; consentlint does not guess.
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return Findings;
    const SourceManager &SM = Ctx.getSourceManager();
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    if (!Main)
      return Findings;
    if (!E)
      E = std::make_unique<Engine>(options(Tidy, RulesDir, ConfigFile));
    auto R = E->analyzeAST(Ctx, Main->getName());
    if (!R) {
      Error = llvm::toString(R.takeError());
      return Findings;
    }
    Error = R->PolicyError;
    Findings = std::move(R->Findings);
    return Findings;
  }

  /// Forgets the unit (its ASTContext's address may be reused).
  void endOfUnit() { Current = nullptr; }

private:
  static EngineOptions options(ClangTidyContext &Tidy, llvm::StringRef RulesDir,
                               llvm::StringRef ConfigFile) {
    EngineOptions EO;
    EO.Data = DataDirs::nextTo(pluginPath());
    if (!RulesDir.empty())
      EO.Data.Rules = RulesDir.str();
    EO.Profiles.ConfigFile = ConfigFile.str();
    // clang-tidy's --checks decide which consentlint checks run.
    std::string Globs = "-*";
    for (const auto &C : CheckRegistry::get().checks())
      if (Tidy.isCheckEnabled(C->name()))
        Globs += "," + C->name().str();
    EO.Profiles.Checks = Globs;
    return EO;
  }

  std::unique_ptr<Engine> E;
  const ASTContext *Current = nullptr;
  std::vector<Finding> Findings;
};

class ConsentlintCheck : public ClangTidyCheck {
public:
  ConsentlintCheck(llvm::StringRef Name, ClangTidyContext *Context,
                   std::shared_ptr<SharedAnalysis> Shared)
      : ClangTidyCheck(Name, Context), Tidy(*Context),
        Shared(std::move(Shared)),
        RulesDir(Options.getLocalOrGlobal(RulesDirOption, "").str()),
        ConfigFile(Options.getLocalOrGlobal(ConfigFileOption, "").str()) {}

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, RulesDirOption, RulesDir);
    Options.store(Opts, ConfigFileOption, ConfigFile);
  }

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  }

  void check(const MatchFinder::MatchResult &Result) override {
    std::string Error;
    const std::vector<Finding> &All =
        Shared->findings(*Result.Context, Tidy, RulesDir, ConfigFile, Error);
    if (!Error.empty())
      configurationDiag("%0") << Error;
    SourceManager &SM = *Result.SourceManager;
    for (const Finding &F : All) {
      if (F.Check != getID() || F.Suppressed)
        continue;
      SourceLocation Loc = locationOf(SM, F.Loc.File, F.Loc.Line, F.Loc.Column);
      if (Loc.isInvalid())
        continue;
      {
        DiagnosticBuilder D =
            diag(Loc, "%0", F.Severity == Level::Error ? DiagnosticIDs::Error
                                                       : DiagnosticIDs::Warning)
            << F.Message;
        if (F.Loc.EndLine == F.Loc.Line && F.Loc.EndColumn > F.Loc.Column) {
          SourceLocation End =
              locationOf(SM, F.Loc.File, F.Loc.EndLine, F.Loc.EndColumn);
          if (End.isValid())
            D << CharSourceRange::getCharRange(Loc, End);
        }
      }
      for (const Note &N : F.Notes) {
        SourceLocation NL =
            N.Loc.valid() ? locationOf(SM, N.Loc.File, N.Loc.Line, N.Loc.Column)
                          : Loc;
        diag(NL.isValid() ? NL : Loc, "%0", DiagnosticIDs::Note) << N.Message;
      }
      // The same closing notes, in the same order, as consentlint's text
      // output; a note outside the unit (the policy file) is shown at the
      // finding.
      for (const Note &N : closingNotes(F)) {
        SourceLocation NL =
            locationOf(SM, N.Loc.File, N.Loc.Line, N.Loc.Column);
        diag(NL.isValid() ? NL : Loc, "%0", DiagnosticIDs::Note) << N.Message;
      }
    }
  }

  void onEndOfTranslationUnit() override { Shared->endOfUnit(); }

private:
  static SourceLocation locationOf(SourceManager &SM, llvm::StringRef File,
                                   unsigned Line, unsigned Column) {
    auto FE = SM.getFileManager().getOptionalFileRef(File);
    if (!FE || !Line)
      return SourceLocation();
    return SM.translateFileLineCol(*FE, Line, Column ? Column : 1);
  }

  ClangTidyContext &Tidy;
  std::shared_ptr<SharedAnalysis> Shared;
  const std::string RulesDir, ConfigFile;
};

class ConsentlintModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    // One analysis per run, shared by all the checks of this module.
    auto Shared = std::make_shared<SharedAnalysis>();
    for (const auto &C : CheckRegistry::get().checks())
      Factories.registerCheckFactory(
          C->name(), [Shared](llvm::StringRef Name, ClangTidyContext *Ctx) {
            return std::make_unique<ConsentlintCheck>(Name, Ctx, Shared);
          });
  }
};

} // namespace
} // namespace tidy
} // namespace consentlint

static ClangTidyModuleRegistry::Add<consentlint::tidy::ConsentlintModule>
    X("consentlint-module",
      "consentlint: consent checks for ad, analytics, cookie and personal-data "
      "APIs");
