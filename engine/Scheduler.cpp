//===- Scheduler.cpp - Analyse translation units in parallel --------------===//
//
// Each worker thread owns its ClangTool (and so its FileManager and AST);
// only the result slots are shared, one per file, written once.
//
//===----------------------------------------------------------------------===//

#include "engine/Scheduler.h"
#include "checks/TranslationUnitAnalyzer.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <mutex>
#include <thread>

using namespace clang;
using namespace clang::tooling;

namespace consentlint {
namespace {

/// Keeps compiler errors (not warnings: they are the build's business),
/// formatted as clang does (file:line:col) and as values.
class UnitDiagnostics : public DiagnosticConsumer {
public:
  UnitDiagnostics(std::string &Out, std::vector<CompilerDiagnostic> &Values)
      : OS(Out), Values(Values), Opts(new DiagnosticOptions()),
        Printer(OS, Opts.get()) {
    Opts->ShowColors = false;
  }
  void BeginSourceFile(const LangOptions &LO, const Preprocessor *PP) override {
    Printer.BeginSourceFile(LO, PP);
  }
  void EndSourceFile() override { Printer.EndSourceFile(); }
  void HandleDiagnostic(DiagnosticsEngine::Level L,
                        const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(L, Info);
    if (L >= DiagnosticsEngine::Error ||
        (L == DiagnosticsEngine::Note && LastWasError)) {
      Printer.HandleDiagnostic(L, Info);
      Values.push_back(store(L, Info));
    }
    if (L != DiagnosticsEngine::Note)
      LastWasError = L >= DiagnosticsEngine::Error;
  }

private:
  /// Where and what, at the position clang's text output gives.
  static CompilerDiagnostic store(DiagnosticsEngine::Level L,
                                  const Diagnostic &Info) {
    CompilerDiagnostic D;
    D.Severity = L == DiagnosticsEngine::Note ? Level::Note : Level::Error;
    llvm::SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    D.Message = std::string(Message);
    if (Info.getLocation().isValid() && Info.hasSourceManager()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Info.getLocation()));
      if (P.isValid()) {
        D.File = P.getFilename();
        D.Line = P.getLine();
        D.Column = P.getColumn();
      }
    }
    return D;
  }

  llvm::raw_string_ostream OS;
  std::vector<CompilerDiagnostic> &Values;
  IntrusiveRefCntPtr<DiagnosticOptions> Opts;
  TextDiagnosticPrinter Printer;
  bool LastWasError = false;
};

class AnalyzeConsumer : public ASTConsumer {
public:
  AnalyzeConsumer(const Profile &P, const AnalyzerOptions &AO,
                  std::vector<TUSummary> &Out, bool &Crashed)
      : P(P), AO(AO), Out(Out), Crashed(Crashed) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A unit with errors (a header of a dependency that is not installed,
    // flags of another compiler) still has most of its AST, thanks to
    // clang's error recovery: analyse it, as clang-tidy does, and let the
    // driver say that its results may be incomplete.
    // A crash in the analysis of one unit must not lose the others: it is
    // reported as that unit's error (exit 2) and the run goes on.
    TUSummary S;
    llvm::CrashRecoveryContext CRC;
    if (!CRC.RunSafely([&] {
          S = analyzeTranslationUnit(Ctx, *P.Rules, P.Checks, AO);
        })) {
      Crashed = true;
      return;
    }
    Out.push_back(std::move(S));
  }

private:
  const Profile &P;
  const AnalyzerOptions &AO;
  std::vector<TUSummary> &Out;
  bool &Crashed;
};

class AnalyzeAction : public ASTFrontendAction {
public:
  AnalyzeAction(const Profile &P, const AnalyzerOptions &AO,
                std::vector<TUSummary> &Out, bool &Crashed)
      : P(P), AO(AO), Out(Out), Crashed(Crashed) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                 llvm::StringRef) override {
    return std::make_unique<AnalyzeConsumer>(P, AO, Out, Crashed);
  }
  // A missing header is a fatal error, after which clang stops parsing:
  // as an error, the rest of the unit is still parsed (libclang's
  // KeepGoing does the same).
  bool BeginSourceFileAction(CompilerInstance &CI) override {
    CI.getDiagnostics().setFatalsAsError(true);
    return ASTFrontendAction::BeginSourceFileAction(CI);
  }

private:
  const Profile &P;
  const AnalyzerOptions &AO;
  std::vector<TUSummary> &Out;
  bool &Crashed;
};

class AnalyzeFactory : public FrontendActionFactory {
public:
  AnalyzeFactory(const Profile &P, const AnalyzerOptions &AO,
                 std::vector<TUSummary> &Out, bool &Crashed)
      : P(P), AO(AO), Out(Out), Crashed(Crashed) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalyzeAction>(P, AO, Out, Crashed);
  }

private:
  const Profile &P;
  const AnalyzerOptions &AO;
  std::vector<TUSummary> &Out;
  bool &Crashed;
};

/// Objective-C under ARC needs the modern runtime, which clang assumes only
/// for Apple targets. Code built for Apple but analysed on Linux (as here,
/// and in CI) gets it unless the command names a runtime or target itself.
ArgumentsAdjuster getObjCRuntimeAdjuster() {
  return [](const CommandLineArguments &Args, llvm::StringRef File) {
    bool ObjC = File.ends_with(".m") || File.ends_with(".mm");
    for (const std::string &A : Args) {
      llvm::StringRef R(A);
      if (R == "objective-c" || R == "objective-c++" || R == "-ObjC" ||
          R == "-ObjC++")
        ObjC = true;
      if (R.starts_with("-fobjc-runtime") || R.starts_with("-target") ||
          R.starts_with("--target") || R == "-arch")
        return Args;
    }
    if (!ObjC)
      return Args;
    CommandLineArguments Out = Args;
    Out.insert(Out.begin() + 1, "-fobjc-runtime=macosx");
    // Blocks are on by default for Apple targets, and the SDKs use them.
    if (!llvm::is_contained(Args, "-fblocks") &&
        !llvm::is_contained(Args, "-fno-blocks"))
      Out.insert(Out.begin() + 1, "-fblocks");
    return Out;
  };
}

/// Fails \p R with an error of consentlint's own about its file.
void addError(UnitResult &R, const std::string &Message) {
  R.Failed = true;
  R.Diagnostics += R.File + ": error: " + Message + "\n";
  CompilerDiagnostic D;
  D.File = R.File;
  D.Message = Message;
  R.Compiler.push_back(std::move(D));
}

void analyzeOne(const CompilationDatabase &DB, const std::string &File,
                const Profile &P, const ScheduleOptions &Opts, UnitResult &R) {
  R.File = File;
  // ClangTool aborts the process ("Cannot chdir into") when a command's
  // directory does not exist: that unit fails alone, with a reason.
  for (const CompileCommand &C : DB.getCompileCommands(File))
    if (!C.Directory.empty() && !llvm::sys::fs::is_directory(C.Directory)) {
      addError(R, "the compilation database gives this file the directory '" +
                      C.Directory +
                      "', which does not exist; regenerate the database (or "
                      "fix its \"directory\" entry)");
      return;
    }
  // A physical file system of its own: ClangTool changes the working
  // directory to each command's directory, and on the process-wide real
  // file system that is a chdir() racing with the other workers (and
  // leaving relative -o paths resolved against a build directory).
  ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(),
                 llvm::vfs::createPhysicalFileSystem());
  Tool.clearArgumentsAdjusters();
  Tool.appendArgumentsAdjuster(getClangStripOutputAdjuster());
  Tool.appendArgumentsAdjuster(getClangStripDependencyFileAdjuster());
  Tool.appendArgumentsAdjuster(getClangSyntaxOnlyAdjuster());
  // Warnings belong to the build; consentlint reports only errors.
  std::vector<std::string> Extra = Opts.ExtraArgs;
  Extra.push_back("-w");
  Extra.push_back("-Wno-error");
  // Every error is reported, and none stops the parse.
  Extra.push_back("-ferror-limit=0");
  // The compiler's own "N errors generated." would interleave between
  // parallel units; consentlint prints each unit's errors itself, in order.
  Extra.push_back("-fno-caret-diagnostics");
  for (const std::string &D : Opts.FallbackIncludeDirs) {
    Extra.push_back("-idirafter");
    Extra.push_back(D);
  }
  if (!Opts.ResourceDir.empty())
    Extra.push_back("-resource-dir=" + Opts.ResourceDir);
  Tool.appendArgumentsAdjuster(
      getInsertArgumentAdjuster(Extra, ArgumentInsertPosition::END));
  if (!Opts.ExtraArgsBefore.empty())
    Tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
        Opts.ExtraArgsBefore, ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(getObjCRuntimeAdjuster());
  for (const auto &O : Opts.Overlays)
    Tool.mapVirtualFile(O.getKey(), O.getValue());
  UnitDiagnostics Diags(R.Diagnostics, R.Compiler);
  Tool.setDiagnosticConsumer(&Diags);
  Tool.setPrintErrorMessage(false);
  AnalyzerOptions AO;
  if (Opts.OnlyMainFiles)
    AO.OnlyFiles.push_back(File);
  AO.Exclude = P.Exclude;
  AO.ExcludeRoot = P.ExcludeRoot;
  bool Crashed = false;
  AnalyzeFactory Factory(P, AO, R.Summaries, Crashed);
  int RC = Tool.run(&Factory);
  // Analysed despite errors: partial. No AST at all: failed.
  if (RC != 0 || Diags.getNumErrors() > 0) {
    if (R.Summaries.empty())
      R.Failed = true;
    else
      R.Partial = true;
  }
  if (Crashed)
    addError(R, "consentlint crashed while analysing this file; please "
                "report it with the file attached. Other files are still "
                "analysed.");
  if (R.Failed && R.Diagnostics.empty())
    addError(R, "no compile command could be run for this file; check the "
                "compilation database (-p) or pass flags after '--'");
}

} // namespace

std::vector<UnitResult>
analyzeUnits(const CompilationDatabase &DB, const std::vector<std::string> &Files,
             const std::function<const Profile *(const std::string &)> &ProfileFor,
             const ScheduleOptions &Opts) {
  std::vector<UnitResult> Results(Files.size());
  std::atomic<size_t> Next{0};
  std::mutex ProgressLock;
  size_t Done = 0;
  auto Worker = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      const Profile *P = ProfileFor(Files[I]);
      if (!P) {
        Results[I].File = Files[I];
        Results[I].Failed = true;
        continue;
      }
      analyzeOne(DB, Files[I], *P, Opts, Results[I]);
      std::lock_guard<std::mutex> G(ProgressLock);
      ++Done;
      if (!Opts.Quiet)
        llvm::errs() << "[" << Done << "/" << Files.size() << "] "
                     << Files[I] << (Results[I].Failed ? " (failed)" : "")
                     << "\n";
    }
  };
  unsigned N = std::max(1u, std::min<unsigned>(Opts.Jobs, Files.size()));
  if (N == 1) {
    Worker();
  } else {
    std::vector<std::thread> Threads;
    for (unsigned T = 0; T < N; ++T)
      Threads.emplace_back(Worker);
    for (std::thread &T : Threads)
      T.join();
  }
  return Results;
}

} // namespace consentlint
