//===- TranslationUnitAnalyzer.cpp - One unit to a consent summary --------===//

#include "checks/TranslationUnitAnalyzer.h"
#include "checks/consent/ConsentFlow.h"
#include "checks/flow/DataFlowCheck.h"
#include "checks/flow/TaintTracker.h"
#include "checks/match/ApiMatcher.h"
#include "checks/match/ExprValues.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"
#include <set>

using namespace clang;

namespace consentlint {
namespace {

struct SinkRec {
  const Stmt *Node;
  Candidate C;
  const ApiUse *Use;
  /// A flow (privacy-data-flow): reported at the source's read, judged
  /// for consent at the sink (Node), with the data's steps between.
  const Expr *Source = nullptr;
  struct Body *SourceIn = nullptr;
  std::vector<TaintTracker::Step> Steps;
  std::string SinkSubject;
  bool AlwaysReport = false;
};
/// Data crossing the unit's edge (see FlowExit and FlowEntry): a read
/// leaving through a return or a foreign call's argument at Rec.Node, or a
/// sink at Rec.Node reached by a foreign value.
struct CrossRec {
  SinkRec Rec;
  std::string Function;
  int Index = -1;
  std::string Kind; ///< For an entry: the sink's kind.
  std::string Leaves; ///< For an exit: how the data leaves.
  std::string SinkName; ///< For an entry: the sink ("call to 'NSLog'").
  /// For a relay (a parameter passed on to another unit's function): that
  /// function and the argument.
  std::string RelayFunction;
  int RelayIndex = -1;
};
struct CallRec {
  const Stmt *Node;
  const Decl *Callee;   ///< A function or method, or null for nested code.
  std::string NestedId; ///< For block and lambda creation.
};
struct GateRec {
  const Stmt *Node;
  PurposeSet Purposes;
};

/// A function, method, block or lambda body.
struct Body {
  const Decl *D = nullptr;
  Stmt *S = nullptr;
  std::string Id, Name;
  Location Loc;
  bool Nested = false;
  Body *Parent = nullptr;
  std::vector<SinkRec> Sinks;
  std::vector<CallRec> Calls;
  std::vector<GateRec> Gates;
  std::vector<CrossRec> Exits, Entries;
  llvm::SmallPtrSet<const Decl *, 8> Refs; ///< Possible consent holders.
  /// Consent the platform established before calling this body (a
  /// delegate method it calls only with permission).
  PurposeSet Granted = 0;
};

class Analyzer : public RecursiveASTVisitor<Analyzer> {
  using Base = RecursiveASTVisitor<Analyzer>;

public:
  Analyzer(ASTContext &Ctx, const RuleSet &Rules, const CheckGlobs &Checks,
           const AnalyzerOptions &Opts)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Rules(Rules), Checks(Checks),
        Opts(Opts), Matcher(Rules, Ctx), Eval(Matcher, Rules, Bindings, Ctx),
        Taint(Ctx) {
    for (const std::string &G : Opts.Exclude)
      if (auto Pat = llvm::GlobPattern::create(G))
        Excludes.push_back(std::move(*Pat));
  }

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  TUSummary run();

  // Bodies --------------------------------------------------------------
  bool TraverseDecl(Decl *D);
  bool TraverseBlockExpr(BlockExpr *E);
  bool TraverseLambdaExpr(LambdaExpr *E);

  // Uses ----------------------------------------------------------------
  bool VisitCallExpr(CallExpr *E);
  bool VisitCXXConstructExpr(CXXConstructExpr *E);
  bool VisitObjCMessageExpr(ObjCMessageExpr *E);
  bool VisitObjCPropertyRefExpr(ObjCPropertyRefExpr *E);
  bool VisitMemberExpr(MemberExpr *E);
  bool VisitDeclRefExpr(DeclRefExpr *E);
  bool VisitObjCIvarRefExpr(ObjCIvarRefExpr *E);
  bool VisitStringLiteral(StringLiteral *E);
  bool VisitObjCSelectorExpr(ObjCSelectorExpr *E);

  // Definitions of consent holders ----------------------------------------
  bool VisitVarDecl(VarDecl *D);
  bool VisitBinaryOperator(BinaryOperator *E);
  bool VisitReturnStmt(ReturnStmt *S);

private:
  Body &current();
  Body *push(const Decl *D, Stmt *S, std::string Id, std::string Name,
             SourceLocation Loc, bool Nested);
  void record(const Expr *Node, llvm::SmallVectorImpl<ApiMatch> &Matches);
  /// A privacy-data-flow rule's match: a sink of its kind, or a barrier.
  void recordFlowRule(const Expr *Node, const ApiMatch &M);
  void recordFlowSink(const Expr *Node, llvm::ArrayRef<const Expr *> Data,
                      std::string Kind, std::string Subject);
  /// Turns every source that reaches a sink into a flow finding.
  void linkFlows();
  void bindCallbacks(const ApiMatch &M);
  void bindDelegate(const clang::ObjCMethodDecl *MD, Body &B);
  void noteRef(const Decl *D);
  void noteHolder(const Expr *E);
  void computeBindings();
  /// A definition of a consent holder: the value and the body it is in.
  struct Def {
    const Expr *E;
    Body *In;
  };
  std::optional<ConsentValue> combine(llvm::ArrayRef<Def> Defs);
  /// Consent known where \p E runs in \p B (cached for one round of
  /// computeBindings, since flows depend on the bindings).
  PurposeSet pathConsent(Body *B, const Expr *E);
  /// Whether \p B contains a gate or reads something known to hold consent.
  bool mayCheckConsent(const Body &B) const;
  /// The consent dataflow of \p B, built once, or null where no consent
  /// check can appear.
  const ConsentFlow *consentFlowOf(Body &B);
  /// The purposes consented to wherever \p S runs in \p B.
  PurposeSet consentAt(Body *B, const Stmt *S);
  /// Other units' helpers and parameters checked before \p S in \p B.
  OutcomeList outcomesAt(Body &B, const Stmt *S);
  /// The names of consent atoms as the linker resolves them ("<id>#1").
  OutcomeList outcomeNames(const AtomSet &Atoms) const;
  /// The body of a function, method, block or lambda (canonical decl).
  Body *bodyOf(const Decl *D);
  std::map<const Body *, std::unique_ptr<ConsentFlow>> ConsentFlows;
  llvm::DenseMap<const Decl *, Body *> BodyByDecl;
  std::string entryReason(const Body &B) const;
  bool overridesFrameworkMethod(const CXXMethodDecl *MD) const;
  std::string idOf(const Decl *D);
  /// System headers and excluded (vendored) files: not the project's code.
  bool isSystem(SourceLocation L) const {
    if (!L.isValid())
      return false;
    SourceLocation E = SM.getExpansionLoc(L);
    if (SM.isInSystemHeader(E))
      return true;
    return !Excludes.empty() && isExcluded(SM.getFileID(E));
  }
  bool isExcluded(FileID FID) const;
  /// Whether the sink is the library's own code using its own API (a
  /// vendored httplib.h reading its request fields).
  bool insideVendorOf(const rules::ApiRef &Api) const;
  Location location(SourceRange R);
  std::string lineText(SourceLocation L);
  std::string canonicalPath(FileID FID);
  bool reported(const Location &L) const;

  ASTContext &Ctx;
  SourceManager &SM;
  const RuleSet &Rules;
  const CheckGlobs &Checks;
  const AnalyzerOptions &Opts;
  ApiMatcher Matcher;
  ConsentBindings Bindings;
  ConditionEvaluator Eval;

  std::vector<std::unique_ptr<Body>> Bodies;
  std::vector<Body *> Stack;
  Body *Globals = nullptr;
  llvm::DenseMap<const Decl *, std::vector<Def>> Defs;
  llvm::DenseMap<const Decl *, std::vector<Def>> Returns;
  llvm::DenseMap<Body *, std::unique_ptr<ConsentFlow>> RoundFlows;
  /// References that may read a consent holder or call a helper, for notes.
  std::vector<std::pair<Body *, const Expr *>> HolderRefs;
  llvm::SmallPtrSet<const Expr *, 16> CalleeRefs;
  /// Literals handed to a recognised API are judged by that API's rule, not
  /// again by string rules (a "Set-Cookie: ..." passed to libcurl).
  llvm::SmallPtrSet<const Expr *, 16> ConsumedLiterals;
  llvm::SmallPtrSet<const Decl *, 16> AddressTaken;
  llvm::StringMap<char> TargetSelectors;
  llvm::DenseMap<FileID, std::string> Paths;
  std::vector<llvm::GlobPattern> Excludes;
  mutable llvm::DenseMap<FileID, bool> ExcludedFiles;
  std::vector<std::string> HeldVendors;

  bool FlowsOn = false;
  TaintTracker Taint;
  struct FlowSource {
    Body *In;
    const Expr *Node;
    Candidate C;
    const ApiUse *Use; ///< Null for a value from another unit:
    std::string Foreign; ///< the function returning it or taking it,
    int Index = -1;      ///< and the parameter, or -1 for the result.
  };
  /// Property reads through a getter (for values from other units).
  std::vector<std::pair<Body *, const ObjCPropertyRefExpr *>> Getters;
  /// Adds the values that other units' functions return, and the
  /// parameters of this unit's functions that other units may call.
  void addForeignSources();
  /// Records the reads that leave for other units' functions.
  void recordExits();
  bool isProjectObject(QualType T) const;
  /// Whether other units can call \p D (by name or by message) without
  /// seeing its body.
  bool callableElsewhere(const Decl *D) const;
  /// A summary of a sink, an exit or an entry of \p B.
  std::optional<SinkSummary> summarise(Body &B, SinkRec &K);
  std::vector<FlowSource> FlowSources; ///< By TaintTracker source index.
  struct FlowSink {
    Body *In;
    const Expr *Node;
    llvm::SmallVector<const Expr *, 4> Data;
    std::string Kind, Subject;
  };
  std::vector<FlowSink> FlowSinks;
};

bool Analyzer::isExcluded(FileID FID) const {
  auto It = ExcludedFiles.find(FID);
  if (It != ExcludedFiles.end())
    return It->second;
  bool Hit = false;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
    llvm::StringRef Name = SM.getFileManager().getCanonicalName(*FE);
    llvm::StringRef Root = Opts.ExcludeRoot;
    if (!Root.empty() && Name.starts_with(Root) && Name.size() > Root.size() &&
        Name[Root.size()] == '/') {
      llvm::StringRef Rel = Name.drop_front(Root.size() + 1);
      for (const llvm::GlobPattern &G : Excludes)
        Hit |= G.match(Rel);
    }
  }
  return ExcludedFiles[FID] = Hit;
}

/// The class-name prefix an Objective-C SDK gives all its classes: "SEG"
/// of SEGAnalytics, "MP" of MPNetwork; a class without one ("Mixpanel")
/// stands for itself, so MixpanelPeople is Mixpanel's too.
static llvm::StringRef objcVendorPrefix(llvm::StringRef Class) {
  size_t Upper = 0;
  while (Upper < Class.size() && llvm::isUpper(Class[Upper]))
    ++Upper;
  if (Upper >= 3 && Upper < Class.size())
    return Class.take_front(Upper - 1);
  return Class;
}

bool Analyzer::insideVendorOf(const rules::ApiRef &Api) const {
  llvm::StringRef Name(Api.Name);
  const Body *B = Stack.empty() ? nullptr : Stack.back();
  while (B && B->Nested)
    B = B->Parent;
  if (Api.Kind == rules::ApiKind::ObjCMessage) {
    // An SDK's own implementation (SEGAnalytics.m calling -track:) is the
    // vendor's code, not the app's use of it.
    const auto *MD = B ? dyn_cast_or_null<ObjCMethodDecl>(B->D) : nullptr;
    const ObjCInterfaceDecl *Own = MD ? MD->getClassInterface() : nullptr;
    llvm::StringRef Prefix = objcVendorPrefix(Name);
    return Own && !Prefix.empty() && Own->getName().starts_with(Prefix);
  }
  size_t Sep = Name.find("::");
  if (Sep == llvm::StringRef::npos)
    return false;
  llvm::StringRef Vendor = Name.take_front(Sep);
  const auto *ND = B ? dyn_cast_or_null<NamedDecl>(B->D) : nullptr;
  if (!ND)
    return false;
  for (const DeclContext *DC = ND->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (!NS->getParent() || isa<TranslationUnitDecl>(NS->getParent()) ||
          isa<LinkageSpecDecl>(NS->getParent()))
        return NS->getName() == Vendor;
  return false;
}

std::string Analyzer::canonicalPath(FileID FID) {
  auto It = Paths.find(FID);
  if (It != Paths.end())
    return It->second;
  std::string P;
  if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID))
    P = SM.getFileManager().getCanonicalName(*FE).str();
  return Paths[FID] = P;
}

Location Analyzer::location(SourceRange R) {
  Location L;
  // A token written in a macro's argument is reported where it is written
  // (as clang's own diagnostics do); one from a macro's body at the
  // macro's use.
  SourceLocation B = SM.getFileLoc(R.getBegin());
  SourceLocation E = SM.isMacroArgExpansion(R.getEnd())
                         ? SM.getFileLoc(R.getEnd())
                         : SM.getExpansionRange(R.getEnd()).getEnd();
  if (B.isInvalid())
    return L;
  E = Lexer::getLocForEndOfToken(E, 0, SM, Ctx.getLangOpts());
  L.File = canonicalPath(SM.getFileID(B));
  L.Line = SM.getExpansionLineNumber(B);
  L.Column = SM.getExpansionColumnNumber(B);
  if (E.isValid() && SM.getFileID(E) == SM.getFileID(B)) {
    L.EndLine = SM.getExpansionLineNumber(E);
    L.EndColumn = SM.getExpansionColumnNumber(E);
  } else {
    L.EndLine = L.Line;
    L.EndColumn = L.Column + 1;
  }
  return L;
}

std::string Analyzer::lineText(SourceLocation L) {
  L = SM.getFileLoc(L);
  if (L.isInvalid())
    return {};
  bool Invalid = false;
  llvm::StringRef Buf = SM.getBufferData(SM.getFileID(L), &Invalid);
  if (Invalid)
    return {};
  unsigned Off = SM.getFileOffset(L);
  size_t Start = Buf.rfind('\n', Off);
  Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
  size_t End = Buf.find('\n', Off);
  llvm::StringRef Line = Buf.slice(Start, End);
  return Line.rtrim("\r").str();
}

bool Analyzer::reported(const Location &L) const {
  if (Opts.OnlyFiles.empty())
    return true;
  for (const std::string &F : Opts.OnlyFiles)
    if (F == L.File)
      return true;
  return false;
}

std::string Analyzer::idOf(const Decl *D) {
  llvm::SmallString<128> USR;
  if (!index::generateUSRForDecl(D, USR))
    return std::string(USR);
  return "decl@" + location(D->getSourceRange()).File + ":" +
         std::to_string(SM.getExpansionLineNumber(D->getLocation()));
}

Body &Analyzer::current() {
  if (!Stack.empty())
    return *Stack.back();
  if (!Globals) {
    // Initialisers of globals run before main, without consent.
    Bodies.push_back(std::make_unique<Body>());
    Globals = Bodies.back().get();
    Globals->Id = "globals@" + canonicalPath(SM.getMainFileID());
    Globals->Name = "initialisation of globals";
  }
  return *Globals;
}

Body *Analyzer::push(const Decl *D, Stmt *S, std::string Id, std::string Name,
                     SourceLocation Loc, bool Nested) {
  Bodies.push_back(std::make_unique<Body>());
  Body *B = Bodies.back().get();
  B->D = D;
  B->S = S;
  B->Id = std::move(Id);
  B->Name = std::move(Name);
  B->Loc = location(SourceRange(Loc, Loc));
  B->Nested = Nested;
  B->Parent = Stack.empty() ? nullptr : Stack.back();
  Stack.push_back(B);
  return B;
}

bool Analyzer::TraverseDecl(Decl *D) {
  if (!D)
    return true;
  if (!isa<TranslationUnitDecl>(D) && isSystem(D->getLocation()))
    return true; // SDK and standard library code is never analysed.
  if (auto *FD = dyn_cast<FunctionDecl>(D)) {
    if (FD->isDependentContext() && !isa<CXXDeductionGuideDecl>(FD))
      return true; // Analysed through its instantiations.
    if (FD->doesThisDeclarationHaveABody() && FD->getBody()) {
      push(FD, FD->getBody(), idOf(FD), FD->getQualifiedNameAsString(),
           FD->getLocation(), false);
      if (FlowsOn)
        Taint.addBody(FD, FD->getBody());
      bool R = Base::TraverseDecl(D);
      Stack.pop_back();
      return R;
    }
  }
  if (auto *MD = dyn_cast<ObjCMethodDecl>(D)) {
    if (MD->hasBody() && MD->getBody()) {
      std::string Name = std::string(MD->isClassMethod() ? "+" : "-") + "[" +
                         (MD->getClassInterface()
                              ? MD->getClassInterface()->getName().str()
                              : std::string("?")) +
                         " " + MD->getSelector().getAsString() + "]";
      Body *B = push(MD, MD->getBody(), idOf(MD), Name, MD->getLocation(), false);
      if (FlowsOn)
        Taint.addBody(MD, MD->getBody());
      bindDelegate(MD, *B);
      bool R = Base::TraverseDecl(D);
      Stack.pop_back();
      return R;
    }
  }
  if (auto *RD = dyn_cast<CXXRecordDecl>(D))
    if (RD->isDependentContext())
      return true;
  return Base::TraverseDecl(D);
}

bool Analyzer::TraverseBlockExpr(BlockExpr *E) {
  BlockDecl *BD = E->getBlockDecl();
  Body &Outer = current();
  Location L = location(E->getSourceRange());
  std::string Id = Outer.Id + "@block@" + std::to_string(L.Line) + ":" +
                   std::to_string(L.Column);
  Outer.Calls.push_back({E, nullptr, Id});
  push(BD, BD->getBody(), Id, "block in '" + Outer.Name + "'", E->getBeginLoc(),
       true);
  bool R = Base::TraverseBlockExpr(E);
  Stack.pop_back();
  return R;
}

bool Analyzer::TraverseLambdaExpr(LambdaExpr *E) {
  Body &Outer = current();
  Location L = location(E->getSourceRange());
  std::string Id = Outer.Id + "@lambda@" + std::to_string(L.Line) + ":" +
                   std::to_string(L.Column);
  Outer.Calls.push_back({E, nullptr, Id});
  push(E->getCallOperator(), E->getBody(), Id, "lambda in '" + Outer.Name + "'",
       E->getBeginLoc(), true);
  bool R = Base::TraverseLambdaExpr(E);
  Stack.pop_back();
  return R;
}

void Analyzer::noteRef(const Decl *D) {
  if (D)
    current().Refs.insert(D->getCanonicalDecl());
}

void Analyzer::noteHolder(const Expr *E) {
  HolderRefs.push_back({&current(), E});
}

void Analyzer::bindDelegate(const ObjCMethodDecl *MD, Body &B) {
  for (const ApiUse &U : Rules.byDelegate(MD->getSelector().getAsString())) {
    const rules::GateRule &G = *U.Gate;
    if (!G.DelegateParam) // Called only once the gate holds.
      B.Granted |= U.Purposes;
    else if (*G.DelegateParam < MD->param_size())
      Bindings.Values[MD->getParamDecl(*G.DelegateParam)->getCanonicalDecl()] =
          gateValue(G, U.Purposes);
  }
}

void Analyzer::bindCallbacks(const ApiMatch &M) {
  const rules::GateRule &G = *M.Use->Gate;
  if (!G.CallbackArg || *G.CallbackArg >= M.Args.size())
    return;
  const Expr *A = M.Args[*G.CallbackArg]->IgnoreParenImpCasts();
  const ParmVarDecl *P = nullptr;
  if (const auto *BE = dyn_cast<BlockExpr>(A)) {
    if (G.CallbackParam < BE->getBlockDecl()->param_size())
      P = BE->getBlockDecl()->getParamDecl(G.CallbackParam);
  } else if (const auto *LE = dyn_cast<LambdaExpr>(A)) {
    if (G.CallbackParam < LE->getCallOperator()->getNumParams())
      P = LE->getCallOperator()->getParamDecl(G.CallbackParam);
  }
  if (!P)
    return;
  // The callback's parameter is the gate's value (ATT status, a bool).
  Bindings.Values[P->getCanonicalDecl()] = gateValue(G, M.Use->Purposes);
}

void Analyzer::record(const Expr *Node, llvm::SmallVectorImpl<ApiMatch> &Matches) {
  for (ApiMatch &M : Matches) {
    if (M.Use->Gate &&
        M.Use->Gate->Kind == rules::GateKind::HoldsUntilConsent) {
      if (!llvm::is_contained(HeldVendors, M.Use->Gate->Vendor))
        HeldVendors.push_back(M.Use->Gate->Vendor);
      continue;
    }
    if (M.Use->Gate) {
      ConsentValue V = Eval.fromGate(M);
      current().Gates.push_back(
          {Node, V.Purposes | V.Truthy.WhenTrue | V.Truthy.WhenFalse});
      bindCallbacks(M);
      continue;
    }
    const rules::SinkRule &R = *M.Use->Rule;
    // A cookie API's literals are its own ("Set-Cookie" given to a
    // framework's set_header), even where the call sets nothing (deletes).
    if (R.Check == "consent-cookie")
      for (const Expr *A : M.Args)
        if (const auto *SL =
                dyn_cast_or_null<StringLiteral>(stripValueWrappers(A)))
          ConsumedLiterals.insert(SL);
    if (R.Check == "privacy-data-flow") {
      if (FlowsOn)
        recordFlowRule(Node, M);
      continue;
    }
    bool IsSource = FlowsOn && R.Check == "consent-personal-data";
    // What an SDK or a cookie is given is a flow's sink even when the
    // SDK's or cookie's own check is off.
    bool IsFlowSink = FlowsOn && !IsSource;
    bool Enabled = Checks.enabled(R.Check);
    if ((!Enabled && !IsSource && !IsFlowSink) || insideVendorOf(*M.Use->Api))
      continue;
    // Reading it is no practice, whether or not its flows are followed.
    if (R.Flow == "only" && !IsSource)
      continue;
    const Check *C = CheckRegistry::get().find(R.Check);
    if (!C)
      continue;
    SinkMatch SM2;
    SM2.Use = M.Use;
    SM2.Node = Node;
    SM2.Args = M.Args;
    SM2.Subject = M.Subject;
    SM2.Ctx = &Ctx;
    std::optional<Candidate> Cand = C->inspect(SM2, Rules);
    if (!Cand || !Cand->Required)
      continue;
    if (IsSource) {
      const Expr *Out = R.OutArg && *R.OutArg < M.Args.size()
                            ? M.Args[*R.OutArg]
                            : nullptr;
      unsigned I = Taint.addSource(Node, Out);
      if (I == FlowSources.size())
        FlowSources.push_back({&current(), Node, *Cand, M.Use});
      if (R.Flow == "only" || !Enabled)
        continue; // Only its flow to a sink is a practice.
    } else if (IsFlowSink) {
      // What an SDK or a cookie is given leaves the program.
      recordFlowSink(Node, M.Args,
                     R.Check == "consent-cookie" ? "cookie" : "third-party",
                     M.Subject);
    }
    if (!Enabled)
      continue;
    current().Sinks.push_back({Node, std::move(*Cand), M.Use});
    for (const Expr *A : M.Args)
      if (const auto *SL = dyn_cast_or_null<StringLiteral>(stripValueWrappers(A)))
        ConsumedLiterals.insert(SL);
  }
}

void Analyzer::recordFlowSink(const Expr *Node, llvm::ArrayRef<const Expr *> Data,
                              std::string Kind, std::string Subject) {
  FlowSink K{&current(), Node, {}, std::move(Kind), std::move(Subject)};
  K.Data.assign(Data.begin(), Data.end());
  // [data writeToURL:...], [text writeToFile:...]: a string, data or
  // collection object writes itself.
  if (K.Kind == "storage" || K.Kind == "network")
    if (const auto *Msg = dyn_cast<ObjCMessageExpr>(Node))
      if (const ObjCInterfaceDecl *ID = Msg->getReceiverInterface())
        for (const ObjCInterfaceDecl *C = ID; C; C = C->getSuperClass())
          if (llvm::is_contained({"NSString", "NSData", "NSDictionary", "NSArray"},
                                 C->getName())) {
            K.Data.push_back(Msg->getInstanceReceiver());
            break;
          }
  Taint.addSink(Node);
  if (!K.Data.empty())
    FlowSinks.push_back(std::move(K));
}

void Analyzer::recordFlowRule(const Expr *Node, const ApiMatch &M) {
  const rules::SinkRule &R = *M.Use->Rule;
  if (R.Flow == "barrier") {
    Taint.addBarrier(Node);
    return;
  }
  llvm::SmallVector<const Expr *, 4> Data;
  // A printf-like function logs its format and what follows it; what
  // comes before is context (a level, the request, the file and line).
  unsigned FirstData = 0;
  if (const auto *Call = dyn_cast<CallExpr>(Node))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (const auto *Fmt = FD->getAttr<FormatAttr>()) {
        int Idx = Fmt->getFormatIdx() - 1;
        if (isa<CXXMethodDecl>(FD) && !cast<CXXMethodDecl>(FD)->isStatic())
          --Idx; // Index 1 is the object.
        if (Idx > 0 && unsigned(Idx) < M.Args.size() &&
            M.Args.size() == Call->getNumArgs())
          FirstData = Idx;
      }
  if (R.DataArgs.empty())
    Data.assign(M.Args.begin() + FirstData, M.Args.end());
  else
    for (unsigned I : R.DataArgs)
      if (I < M.Args.size())
        Data.push_back(M.Args[I]);
  // std::cerr << a << b, qDebug() << a, LOG(INFO) << a: each operand of the
  // '<<' chain the sink starts is data too.
  const Expr *Cur = Node;
  while (true) {
    auto Parents = Ctx.getParents(*Cur);
    if (Parents.empty())
      break;
    const auto *P = Parents[0].get<Expr>();
    if (!P)
      break;
    if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr, CXXFunctionalCastExpr>(P) ||
        (isa<MemberExpr>(P) && Cur == Node)) {
      Cur = P;
      continue;
    }
    // A member call on the sink's result (LogMessage(...).stream()).
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(P);
        MC && MC->getImplicitObjectArgument()->IgnoreParenImpCasts() ==
                  Cur->IgnoreParenImpCasts()) {
      Cur = P;
      continue;
    }
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(P);
    if (!Op || Op->getOperator() != OO_LessLess || Op->getNumArgs() != 2 ||
        Op->getArg(0)->IgnoreParenImpCasts() != Cur->IgnoreParenImpCasts())
      break;
    Data.push_back(Op->getArg(1));
    Cur = Op;
  }
  std::string Subject = M.Subject;
  if (M.Use->Api->Kind == rules::ApiKind::Variable &&
      llvm::StringRef(Subject).starts_with("read of "))
    Subject = "stream " + Subject.substr(8); // "stream 'std::cerr'"
  recordFlowSink(Cur, Data, R.Flow, std::move(Subject));
}

static std::string nameOf(const Decl *D) {
  if (const auto *MD = dyn_cast_or_null<ObjCMethodDecl>(D))
    return MD->getSelector().getAsString();
  if (const auto *ND = dyn_cast_or_null<NamedDecl>(D))
    return ND->getNameAsString();
  return "?";
}

/// A type whose values may be personal data: strings, objects, buffers;
/// not numbers, truth values and enumerations.
static bool mayCarryData(QualType T) {
  T = T.getCanonicalType();
  return T->isPointerType() || T->isObjCObjectPointerType() ||
         T->isRecordType() || T->isReferenceType() || T->isBlockPointerType();
}

bool Analyzer::callableElsewhere(const Decl *D) const {
  // A body in a header is seen, and followed, by every unit calling it:
  // only the main file's are called from units that cannot see them.
  if (!D || !SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
    return false;
  if (isa<ObjCMethodDecl>(D))
    return true; // Any unit can send the message.
  const auto *FD = dyn_cast<FunctionDecl>(D);
  if (!FD || isa<CXXMethodDecl>(FD) && cast<CXXMethodDecl>(FD)->getParent()->isLambda())
    return false;
  return FD->isExternallyVisible() && !FD->isInlined();
}

/// The callee of a call-like node, and its arguments as the callee's
/// parameters see them (an operator's object is not a parameter).
static const Decl *calleeAndArgs(const Stmt *Node,
                                 llvm::SmallVectorImpl<const Expr *> &Args) {
  if (const auto *CE = dyn_cast<CallExpr>(Node)) {
    const FunctionDecl *FD = CE->getDirectCallee();
    unsigned Shift =
        isa<CXXOperatorCallExpr>(CE) && isa_and_nonnull<CXXMethodDecl>(FD);
    for (unsigned I = Shift; I < CE->getNumArgs(); ++I)
      Args.push_back(CE->getArg(I));
    return FD;
  }
  if (const auto *ME = dyn_cast<ObjCMessageExpr>(Node)) {
    Args.append(ME->arg_begin(), ME->arg_end());
    return ME->getMethodDecl();
  }
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Node)) {
    Args.append(Ctor->arg_begin(), Ctor->arg_end());
    return Ctor->getConstructor();
  }
  return nullptr;
}

/// Whether another unit defines \p Callee: not followed here, and not an
/// accessor the compiler synthesises for a class this unit implements.
static bool definedElsewhere(const TaintTracker &T, const Decl *Callee) {
  if (!Callee || T.follows(Callee))
    return false;
  if (const auto *MD = dyn_cast<ObjCMethodDecl>(Callee))
    if (MD->isPropertyAccessor())
      if (const ObjCInterfaceDecl *ID = MD->getClassInterface())
        return !ID->getImplementation();
  return true;
}

void Analyzer::addForeignSources() {
  auto Foreign = [&](Body *B, const Expr *Node, const Decl *Callee,
                     QualType T) {
    if (!definedElsewhere(Taint, Callee) || !mayCarryData(T))
      return;
    unsigned I = Taint.addForeignSource(Node);
    if (I == FlowSources.size())
      FlowSources.push_back({B, Node, {}, nullptr, idOf(Callee), -1});
  };
  for (const auto &BP : Bodies) {
    Body &B = *BP;
    for (const CallRec &C : B.Calls)
      if (isa<CallExpr, ObjCMessageExpr>(C.Node) && C.Callee)
        Foreign(&B, cast<Expr>(C.Node), C.Callee, cast<Expr>(C.Node)->getType());
    // What other units may pass in: this unit's parameters.
    if (B.Nested || !callableElsewhere(B.D))
      continue;
    llvm::ArrayRef<ParmVarDecl *> Params;
    if (const auto *FD = dyn_cast<FunctionDecl>(B.D))
      Params = FD->parameters();
    else if (const auto *MD = dyn_cast<ObjCMethodDecl>(B.D))
      Params = MD->parameters();
    for (unsigned I = 0; I < Params.size(); ++I)
      if (mayCarryData(Params[I]->getType())) {
        Taint.addParameterSource(Params[I]);
        FlowSources.push_back({&B, nullptr, {}, nullptr, B.Id, int(I)});
      }
  }
  for (auto &[B, PR] : Getters) {
    const ObjCMethodDecl *Getter =
        PR->isExplicitProperty()
            ? PR->getExplicitProperty()->getGetterMethodDecl()
            : PR->getImplicitPropertyGetter();
    // The reference's own type is a placeholder: the getter's says.
    if (Getter && !isSystem(Getter->getLocation()))
      Foreign(B, PR, Getter, Getter->getReturnType());
  }
}

/// An object with behaviour of the project's own (an SDK's instance, a
/// polymorphic class): the data it holds reaches other units through its
/// methods, which are exits of their own, not through the object itself.
bool Analyzer::isProjectObject(QualType T) const {
  T = T.getCanonicalType();
  if (const auto *OP = T->getAs<ObjCObjectPointerType>())
    if (const ObjCInterfaceDecl *ID = OP->getInterfaceDecl())
      return !isSystem(ID->getLocation());
  if (T->isPointerType() || T->isReferenceType())
    T = T->getPointeeType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return RD->hasDefinition() && RD->isPolymorphic() &&
           !isSystem(RD->getLocation());
  return false;
}

void Analyzer::recordExits() {
  // Reads reaching what another unit's function is given, or what this
  // unit's functions return to other units.
  auto Exit = [&](Body &B, const Expr *Value, const Stmt *At,
                  std::string Function, int Index, std::string Leaves) {
    std::set<const Expr *> Seen;
    for (TaintTracker::Reach &R : Taint.reaching(Value)) {
      const FlowSource &S = FlowSources[R.Source];
      // A parameter passed on to another unit's function: a relay.
      if (!S.Use && !S.Node && Index >= 0 && Function != S.Foreign) {
        CrossRec N{{At, {}, nullptr}, S.Foreign, S.Index, "relay", Leaves, ""};
        N.Rec.Steps = std::move(R.Steps);
        N.RelayFunction = Function;
        N.RelayIndex = Index;
        B.Entries.push_back(std::move(N));
        continue;
      }
      if (!S.Use || S.Node == At || !Seen.insert(S.Node).second)
        continue;
      CrossRec X{{At, S.C, S.Use}, Function, Index, "", Leaves};
      X.Rec.C.Severity = DataFlowCheck::severity(S.C.Severity);
      X.Rec.Source = S.Node;
      X.Rec.SourceIn = S.In;
      X.Rec.Steps = std::move(R.Steps);
      B.Exits.push_back(std::move(X));
    }
  };
  for (const auto &BP : Bodies) {
    Body &B = *BP;
    for (const CallRec &C : B.Calls) {
      llvm::SmallVector<const Expr *, 4> Args;
      const Decl *Callee = calleeAndArgs(C.Node, Args);
      if (Callee != C.Callee || !definedElsewhere(Taint, Callee))
        continue;
      std::string Name = nameOf(Callee);
      for (unsigned I = 0; I < Args.size(); ++I)
        Exit(B, Args[I], C.Node, idOf(Callee), int(I),
             "passed to '" + Name + "', defined in another unit");
    }
    if (B.Nested || !callableElsewhere(B.D))
      continue;
    for (const Expr *V : Taint.returnsOf(B.D->getCanonicalDecl()))
      if (!isProjectObject(V->getType()))
        Exit(B, V, V, B.Id, -1, "returned by '" + nameOf(B.D) + "'");
  }
}

void Analyzer::linkFlows() {
  addForeignSources();
  Taint.solve();
  // One finding per read and sink (the linker then keeps one per read).
  std::set<std::pair<const Expr *, const Expr *>> Seen;
  std::set<std::pair<unsigned, const Expr *>> SeenForeign;
  for (const FlowSink &K : FlowSinks) {
    for (const Expr *D : K.Data) {
      for (TaintTracker::Reach &R : Taint.reaching(D)) {
        const FlowSource &S = FlowSources[R.Source];
        if (S.Node == K.Node)
          continue;
        if (!S.Use) {
          // Another unit's value: that unit knows whether it is personal.
          if (!SeenForeign.insert({R.Source, K.Node}).second)
            continue;
          CrossRec N{{K.Node, {}, nullptr}, S.Foreign, S.Index, K.Kind, "",
                     K.Subject};
          N.Rec.Steps = std::move(R.Steps);
          N.Rec.SinkSubject =
              DataFlowCheck::sinkNoun(K.Kind).str() + " (" + K.Subject + ")";
          K.In->Entries.push_back(std::move(N));
          continue;
        }
        // The SDK's own read given to the SDK is the SDK's business.
        if (K.Kind == "third-party" && S.In == K.In &&
            S.Node->getBeginLoc() == K.Node->getBeginLoc())
          continue;
        const std::vector<std::string> &To = S.Use->Rule->FlowTo;
        if (!To.empty() && !llvm::is_contained(To, K.Kind))
          continue;
        if (!Seen.insert({S.Node, K.Node}).second)
          continue;
        unsigned Line = SM.getExpansionLineNumber(SM.getFileLoc(K.Node->getBeginLoc()));
        SinkRec Rec{K.Node,
                    DataFlowCheck::describe(S.C, K.Kind, K.Subject, Line),
                    S.Use};
        Rec.Source = S.Node;
        Rec.SourceIn = S.In;
        Rec.Steps = std::move(R.Steps);
        Rec.SinkSubject =
            DataFlowCheck::sinkNoun(K.Kind).str() + " (" + K.Subject + ")";
        Rec.AlwaysReport = K.Kind == "log";
        K.In->Sinks.push_back(std::move(Rec));
      }
    }
  }
  recordExits();
}

bool Analyzer::VisitCallExpr(CallExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchCall(E, M);
  record(E, M);
  if (const Expr *Callee = E->getCallee())
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Callee->IgnoreParenImpCasts()))
      CalleeRefs.insert(DRE);
  if (const FunctionDecl *FD = E->getDirectCallee()) {
    noteRef(FD);
    noteHolder(E);
    if (!isSystem(FD->getLocation()) && !FD->getBuiltinID())
      current().Calls.push_back({E, FD, {}});
  }
  return true;
}

bool Analyzer::VisitCXXConstructExpr(CXXConstructExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchConstruct(E, M);
  record(E, M);
  const CXXConstructorDecl *CD = E->getConstructor();
  if (CD && !CD->isTrivial() && !isSystem(CD->getLocation()))
    current().Calls.push_back({E, CD, {}});
  return true;
}

bool Analyzer::VisitObjCMessageExpr(ObjCMessageExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchMessage(E, M);
  record(E, M);
  if (const ObjCMethodDecl *MD = E->getMethodDecl()) {
    noteRef(MD);
    noteHolder(E);
    if (!isSystem(MD->getLocation()))
      current().Calls.push_back({E, MD, {}});
  }
  return true;
}

bool Analyzer::VisitObjCPropertyRefExpr(ObjCPropertyRefExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchProperty(E, M);
  record(E, M);
  if (E->isExplicitProperty()) {
    noteRef(E->getExplicitProperty());
    noteHolder(E);
  }
  if (FlowsOn && E->isMessagingGetter())
    Getters.push_back({&current(), E});
  return true;
}

bool Analyzer::VisitMemberExpr(MemberExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchMember(E, M);
  record(E, M);
  noteRef(E->getMemberDecl());
  noteHolder(E);
  return true;
}

bool Analyzer::VisitDeclRefExpr(DeclRefExpr *E) {
  const ValueDecl *D = E->getDecl();
  if (isa<FunctionDecl>(D) && !CalleeRefs.count(E))
    AddressTaken.insert(D->getCanonicalDecl());
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchDeclRef(E, M);
  record(E, M);
  noteRef(D);
  if (isa<VarDecl>(D))
    noteHolder(E);
  return true;
}

bool Analyzer::VisitObjCIvarRefExpr(ObjCIvarRefExpr *E) {
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchIvar(E, M);
  record(E, M);
  noteRef(E->getDecl());
  noteHolder(E);
  return true;
}

bool Analyzer::VisitStringLiteral(StringLiteral *E) {
  if (ConsumedLiterals.count(E))
    return true;
  llvm::SmallVector<ApiMatch, 2> M;
  Matcher.matchString(E, M);
  // A header name is reported at the call that writes it.
  for (ApiMatch &One : M) {
    llvm::SmallVector<ApiMatch, 1> Single{std::move(One)};
    record(Single.front().Node, Single);
  }
  return true;
}

bool Analyzer::VisitObjCSelectorExpr(ObjCSelectorExpr *E) {
  // @selector(onTap:) hands the method to UIKit: target-action entry.
  TargetSelectors[E->getSelector().getAsString()] = 1;
  return true;
}

bool Analyzer::VisitVarDecl(VarDecl *D) {
  if (!isa<ParmVarDecl>(D) && D->getInit())
    Defs[D->getCanonicalDecl()].push_back({D->getInit(), &current()});
  return true;
}

static const Decl *assignedDecl(const Expr *LHS) {
  LHS = LHS->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(LHS))
    return ME->getMemberDecl();
  if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(LHS))
    return IV->getDecl();
  if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(LHS))
    if (PR->isExplicitProperty())
      return PR->getExplicitProperty();
  return nullptr;
}

bool Analyzer::VisitBinaryOperator(BinaryOperator *E) {
  if (!E->isAssignmentOp())
    return true;
  if (const Decl *D = assignedDecl(E->getLHS())) {
    // Compound assignments (ok &= gate()) keep the facts of both sides.
    Defs[D->getCanonicalDecl()].push_back(
        {E->getOpcode() == BO_Assign ? E->getRHS() : E, &current()});
  }
  return true;
}

bool Analyzer::VisitReturnStmt(ReturnStmt *S) {
  if (!Stack.empty() && S->getRetValue() && !Stack.back()->Nested)
    Returns[Stack.back()->D->getCanonicalDecl()].push_back(
        {S->getRetValue(), Stack.back()});
  return true;
}

static bool isLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  return isa<CXXBoolLiteralExpr>(E) || isa<ObjCBoolLiteralExpr>(E) ||
         isa<IntegerLiteral>(E) || isa<CXXNullPtrLiteralExpr>(E);
}

static bool hasTruthParameter(const Decl *D);

const ConsentFlow *Analyzer::consentFlowOf(Body &B) {
  auto It = ConsentFlows.find(&B);
  if (It != ConsentFlows.end())
    return It->second.get();
  // The dataflow runs only where a consent check can appear.
  bool HasGates = mayCheckConsent(B);
  for (const auto &C : B.Calls)
    if (C.Callee && Eval.isExternalHelper(C.Callee))
      HasGates = true; // Another unit's helper may be a gate.
  if (hasTruthParameter(B.D))
    HasGates = true; // Its callers may pass consent in.
  std::unique_ptr<ConsentFlow> Flow;
  if (HasGates && B.S && B.D)
    Flow = std::make_unique<ConsentFlow>(B.D, B.S, Ctx, Eval);
  return (ConsentFlows[&B] = std::move(Flow)).get();
}

PurposeSet Analyzer::consentAt(Body *B, const Stmt *S) {
  if (!B || !S)
    return 0;
  PurposeSet P = 0;
  for (Body *G = B; G; G = G->Parent)
    P |= G->Granted;
  if (const ConsentFlow *Flow = consentFlowOf(*B))
    P |= Flow->consentAt(S);
  return P;
}

OutcomeList Analyzer::outcomeNames(const AtomSet &Atoms) const {
  OutcomeList Out;
  for (Atom A : Atoms)
    Out.push_back(Eval.atomNames()[A >> 1] + ((A & 1) ? "#1" : "#0"));
  std::sort(Out.begin(), Out.end());
  return Out;
}

OutcomeList Analyzer::outcomesAt(Body &B, const Stmt *S) {
  const ConsentFlow *Flow = consentFlowOf(B);
  return Flow ? outcomeNames(Flow->atomsAt(S)) : OutcomeList();
}

Body *Analyzer::bodyOf(const Decl *D) {
  if (!D)
    return nullptr;
  if (BodyByDecl.empty())
    for (const auto &BP : Bodies)
      if (BP->D)
        BodyByDecl.try_emplace(BP->D->getCanonicalDecl(), BP.get());
  return BodyByDecl.lookup(D->getCanonicalDecl());
}

bool Analyzer::mayCheckConsent(const Body &B) const {
  if (!B.Gates.empty())
    return true;
  for (const Decl *D : B.Refs) {
    if (Bindings.Values.count(D) || Bindings.Helpers.count(D))
      return true;
    // A flag or helper whose name reads as a privacy choice.
    if (const auto *ND = dyn_cast<NamedDecl>(D))
      if (ND->getIdentifier() && Rules.classifyConsentName(ND->getName()))
        return true;
    // A global flag another unit may set from a consent check.
    if (const auto *VD = dyn_cast<VarDecl>(D))
      if (VD->hasGlobalStorage() && VD->isExternallyVisible() &&
          isTruthType(VD->getType()) && !isSystem(VD->getLocation()))
        return true;
  }
  return false;
}

PurposeSet Analyzer::pathConsent(Body *B, const Expr *E) {
  if (!B || !B->D || !B->S)
    return 0;
  auto It = RoundFlows.find(B);
  if (It == RoundFlows.end())
    It = RoundFlows
             .try_emplace(B, std::make_unique<ConsentFlow>(B->D, B->S, Ctx, Eval))
             .first;
  return It->second->consentAt(E);
}

std::optional<ConsentValue> Analyzer::combine(llvm::ArrayRef<Def> Defs) {
  // A status (ATT, UMP) or a flag string (IAB TCF) when every definition
  // is the same gate's value.
  std::optional<ConsentValue> Status;
  bool AllStatus = true;
  for (const Def &D : Defs) {
    std::optional<ConsentValue> V = Eval.valueOf(D.E);
    if (!V || (!V->Granted && !V->Indexed) ||
        (Status && (Status->Granted != V->Granted ||
                    Status->Indexed != V->Indexed))) {
      AllStatus = false;
      break;
    }
    if (!Status)
      Status = V;
    else
      Status->Purposes &= V->Purposes;
  }
  if (AllStatus && Status && Status->Purposes)
    return Status;
  // A truth value: what every definition says, joined with the consent
  // known on the path to it (return true; after a guard). Literals carry
  // the impossible outcome (bool ok = false; ... ok = gate();).
  // It holds consent when some definition is a consent value, or sets it to
  // true on a path that checked consent (if (status == Authorized)
  // self.trackingAllowed = YES;).
  bool AnyConsent = false;
  for (const Def &D : Defs) {
    ConsentFacts G = Eval.eval(D.E);
    if (!isLiteral(D.E))
      AnyConsent |= G.any();
    else if (G.WhenFalse == AllPurposes && mayCheckConsent(*D.In))
      AnyConsent |= pathConsent(D.In, D.E) != 0;
    if (AnyConsent)
      break;
  }
  if (!AnyConsent)
    return std::nullopt;
  ConsentFacts F{AllPurposes, AllPurposes};
  for (const Def &D : Defs) {
    ConsentFacts G = Eval.eval(D.E);
    PurposeSet Path = pathConsent(D.In, D.E);
    F.WhenTrue &= G.WhenTrue | Path;
    F.WhenFalse &= G.WhenFalse | Path;
  }
  if (!F.any())
    return std::nullopt;
  ConsentValue V;
  V.Truthy = F;
  return V;
}

void Analyzer::computeBindings() {
  // Helpers and flags may be defined in terms of each other; a few rounds
  // reach a fixed point in practice and bound the work.
  for (int Round = 0; Round < 3; ++Round) {
    bool Changed = false;
    RoundFlows.clear();
    for (auto &[D, Es] : Defs) {
      if (isa<ParmVarDecl>(D))
        continue;
      std::optional<ConsentValue> V = combine(Es);
      if (!V)
        continue;
      auto It = Bindings.Values.find(D);
      if (It == Bindings.Values.end() ||
          !(It->second.Truthy == V->Truthy) ||
          It->second.Granted != V->Granted ||
          It->second.Indexed != V->Indexed) {
        Bindings.Values[D] = *V;
        Changed = true;
      }
    }
    for (auto &[D, Es] : Returns) {
      std::optional<ConsentValue> V = combine(Es);
      if (!V)
        continue;
      if (V->Granted || V->Indexed) {
        if (!Bindings.Values.count(D)) {
          Bindings.Values[D] = *V;
          Changed = true;
        }
        continue;
      }
      auto It = Bindings.Helpers.find(D);
      if (It == Bindings.Helpers.end() || !(It->second == V->Truthy)) {
        Bindings.Helpers[D] = V->Truthy;
        Changed = true;
      }
    }
    if (!Changed)
      break;
  }
  RoundFlows.clear();
}

/// Whether parameter \p Index of \p D is a truth value (bool, BOOL).
static bool isTruthParameter(const Decl *D, unsigned Index) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return Index < FD->getNumParams() &&
           isTruthType(FD->getParamDecl(Index)->getType());
  if (const auto *MD = dyn_cast<ObjCMethodDecl>(D))
    return Index < MD->param_size() &&
           isTruthType(MD->getParamDecl(Index)->getType());
  return false;
}

/// Whether \p D takes a truth value (bool, BOOL) that may carry consent.
static bool hasTruthParameter(const Decl *D) {
  auto IsTruth = [](const ParmVarDecl *P) { return isTruthType(P->getType()); };
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
    return llvm::any_of(FD->parameters(), IsTruth);
  if (const auto *MD = dyn_cast_or_null<ObjCMethodDecl>(D))
    return llvm::any_of(MD->parameters(), IsTruth);
  return false;
}

/// Whether \p MD overrides, to any depth, a virtual method declared in a
/// system header: the framework may call it without the project's checks.
/// Overrides within the project are linked to the calls of their base
/// methods instead (class-hierarchy analysis in the ProgramLinker).
bool Analyzer::overridesFrameworkMethod(const CXXMethodDecl *MD) const {
  for (const CXXMethodDecl *O : MD->overridden_methods())
    if (isSystem(O->getLocation()) || overridesFrameworkMethod(O))
      return true;
  return false;
}

std::string Analyzer::entryReason(const Body &B) const {
  if (B.Nested || !B.D)
    return B.D ? "" : "runs before main";
  if (const auto *FD = dyn_cast<FunctionDecl>(B.D)) {
    if (FD->isMain())
      return "main";
    if (FD->getIdentifier() && Rules.isEntryFunction(FD->getName()))
      return "platform entry point";
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      if (overridesFrameworkMethod(MD))
        return "overrides a framework method";
    if (AddressTaken.count(FD->getCanonicalDecl()))
      return "its address is taken";
    if (FD->hasAttr<DLLExportAttr>())
      return "exported";
    if (const auto *V = FD->getAttr<VisibilityAttr>())
      if (V->getVisibility() == VisibilityAttr::Default)
        return "exported";
  }
  if (const auto *MD = dyn_cast<ObjCMethodDecl>(B.D)) {
    std::string Sel = MD->getSelector().getAsString();
    if (Rules.isEntrySelector(Sel))
      return "UI entry point";
    if (MD->hasAttr<IBActionAttr>())
      return "IBAction";
    if (TargetSelectors.count(Sel))
      return "target-action selector";
  }
  return "";
}

std::optional<SinkSummary> Analyzer::summarise(Body &B, SinkRec &K) {
  SinkSummary S;
  S.Function = B.Id;
  Finding &F = S.Base;
  // An entry (a sink reached by another unit's value) has no rule of its
  // own: the other unit's read gives it one when the units are linked.
  bool Entry = !K.Use;
  F.Check = K.Source || Entry ? "privacy-data-flow" : K.Use->Rule->Check;
  if (!Entry) {
    const rules::SinkRule &R = *K.Use->Rule;
    F.RuleId = R.Id;
    F.Vendor = R.Vendor;
    F.Practice = R.Practice;
  }
  F.Severity = K.C.Severity;
  // A flow is reported at the read, the site where the data is
  // collected (labelling.md), with each step and the sink as its path;
  // it is judged for consent at the sink.
  const Stmt *Site = K.Source ? static_cast<const Stmt *>(K.Source) : K.Node;
  F.Loc = location(Site->getSourceRange());
  if (!F.Loc.valid() || !reported(F.Loc))
    return std::nullopt;
  F.SourceLine = lineText(Site->getBeginLoc());
  if (K.Source)
    F.DataPath.push_back({F.Loc, "personal data read here"});
  for (const TaintTracker::Step &St : K.Steps)
    F.DataPath.push_back({location(St.At->getSourceRange()), St.What});
  // An exit's path goes on in another unit; a sink's ends here.
  if (!K.SinkSubject.empty()) {
    Location SinkLoc = location(K.Node->getSourceRange());
    F.DataPath.push_back({SinkLoc, "reaches " + K.SinkSubject});
    Note N;
    N.Loc = SinkLoc;
    N.SourceLine = lineText(K.Node->getBeginLoc());
    N.Message = "the personal data reaches " + K.SinkSubject + " here";
    F.Notes.push_back(std::move(N));
  }
  F.DataCategories = K.C.DataCategories;
  F.Topics = K.C.Topics;
  SourceLocation Begin = Site->getBeginLoc();
  if (Begin.isMacroID() && !SM.isMacroArgExpansion(Begin) && !Entry) {
    SourceLocation Outer = Begin;
    while (SM.getImmediateMacroCallerLoc(Outer).isMacroID())
      Outer = SM.getImmediateMacroCallerLoc(Outer);
    llvm::StringRef Macro =
        Lexer::getImmediateMacroName(Outer, SM, Ctx.getLangOpts());
    SourceLocation Spell = SM.getSpellingLoc(Begin);
    if (!Macro.empty() && !isSystem(Spell)) {
      Note N;
      N.Loc = location(SourceRange(Spell, Spell));
      N.SourceLine = lineText(Spell);
      N.Message = "expanded from macro '" + Macro.str() + "'";
      F.Notes.push_back(std::move(N));
    }
  }
  for (const std::string &Text : K.C.Notes) {
    Note N;
    N.Message = Text;
    F.Notes.push_back(std::move(N));
  }
  S.Subject = K.C.Subject;
  S.Action = K.C.Action;
  S.Required = K.C.Required;
  S.Local = consentAt(&B, K.Node);
  S.AlwaysReport = K.AlwaysReport;
  for (Body *G = &B; G; G = G->Parent)
    S.Local |= G->Granted;
  // Data that is read, or passed on, only behind consent reaches the
  // sink only with it, whoever else calls the sink's function.
  if (K.Source)
    S.Local |= consentAt(K.SourceIn, K.Source);
  for (const TaintTracker::Step &St : K.Steps)
    S.Local |= consentAt(bodyOf(St.In), St.At);
  S.LocalOutcomes = outcomesAt(B, K.Node);
  for (Body *G = &B; G; G = G->Parent)
    for (const GateRec &GR : G->Gates) {
      GateSighting GS;
      GS.Loc = location(GR.Node->getSourceRange());
      GS.Purposes = GR.Purposes;
      GS.SourceLine = lineText(GR.Node->getBeginLoc());
      S.Gates.push_back(std::move(GS));
    }
  return S;
}

TUSummary Analyzer::run() {
  FlowsOn = Checks.enabled("privacy-data-flow");
  TraverseDecl(Ctx.getTranslationUnitDecl());
  computeBindings();
  if (FlowsOn)
    linkFlows();
  // Reads of consent holders and calls of helpers are consent checks too,
  // for the "does not guard" notes.
  for (auto &[B, E] : HolderRefs) {
    bool Known = false;
    for (const GateRec &G : B->Gates)
      Known |= G.Node == E;
    if (Known)
      continue;
    if (std::optional<ConsentValue> V = Eval.valueOf(E)) {
      PurposeSet P = V->Purposes | V->Truthy.WhenTrue | V->Truthy.WhenFalse;
      if (P && P != AllPurposes)
        B->Gates.push_back({E, P});
    }
  }

  TUSummary Out;
  Out.MainFile = canonicalPath(SM.getMainFileID());
  Out.HeldVendors = HeldVendors;
  // Flags this unit sets only from consent checks, for the units that read
  // them: Objective-C properties (by their getter) and external globals.
  for (const auto &[D, V] : Bindings.Values) {
    if (V.Granted || V.Indexed || !V.Truthy.any())
      continue;
    const Decl *Exported = nullptr;
    if (const auto *PD = dyn_cast<ObjCPropertyDecl>(D))
      Exported = PD->getGetterMethodDecl();
    else if (const auto *VD = dyn_cast<VarDecl>(D))
      if (VD->hasGlobalStorage() && VD->isExternallyVisible() &&
          !VD->isStaticLocal())
        Exported = VD;
    if (!Exported)
      continue;
    FunctionSummary FS;
    FS.Id = idOf(Exported);
    FS.Name = cast<NamedDecl>(D)->getNameAsString();
    FS.Loc = location(D->getSourceRange());
    FS.EntryReason = "a consent flag";
    FS.IsHelper = true;
    FS.HelperTrue = V.Truthy.WhenTrue;
    FS.HelperFalse = V.Truthy.WhenFalse;
    Out.Functions.push_back(std::move(FS));
  }
  for (const auto &BP : Bodies) {
    Body &B = *BP;
    auto Helper = B.D && !B.Nested
                      ? Bindings.Helpers.find(B.D->getCanonicalDecl())
                      : Bindings.Helpers.end();
    bool IsHelper = Helper != Bindings.Helpers.end();
    if (B.Sinks.empty() && B.Calls.empty() && B.Exits.empty() &&
        B.Entries.empty() && !IsHelper)
      continue;
    FunctionSummary FS;
    if (IsHelper) {
      FS.IsHelper = true;
      FS.HelperTrue = Helper->second.WhenTrue;
      FS.HelperFalse = Helper->second.WhenFalse;
    }
    FS.Id = B.Id;
    FS.Name = B.Name;
    FS.Loc = B.Loc;
    FS.Nested = B.Nested;
    FS.EntryReason = entryReason(B);
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(B.D))
      for (const CXXMethodDecl *O : MD->overridden_methods())
        FS.Overrides.push_back(idOf(O));
    if (const auto *MD = dyn_cast_or_null<ObjCMethodDecl>(B.D)) {
      // A message to the superclass's method may reach this one.
      llvm::SmallVector<const ObjCMethodDecl *, 2> Overridden;
      MD->getOverriddenMethods(Overridden);
      for (const ObjCMethodDecl *O : Overridden)
        if (!isSystem(O->getLocation()))
          FS.Overrides.push_back(idOf(O));
    }
    Out.Functions.push_back(FS);

    const ConsentFlow *Flow = consentFlowOf(B);
    auto At = [&](const Stmt *S) -> PurposeSet {
      return Flow ? Flow->consentAt(S) : 0;
    };
    for (const CallRec &C : B.Calls) {
      CallSummary CS;
      CS.Caller = B.Id;
      CS.Callee = C.Callee ? idOf(C.Callee) : C.NestedId;
      CS.Loc = location(C.Node->getSourceRange());
      CS.Consent = At(C.Node);
      CS.Outcomes = outcomesAt(B, C.Node);
      // Arguments that carry consent into the callee's parameters.
      llvm::SmallVector<const Expr *, 4> Args;
      calleeAndArgs(C.Node, Args);
      for (unsigned I = 0; C.Callee && I < Args.size(); ++I) {
        // Only truth-valued parameters are read as consent by the callee.
        if (!isTruthParameter(C.Callee, I))
          continue;
        ConsentFacts F = Eval.eval(Args[I]);
        if (!F.any() && !F.anyAtoms())
          continue;
        CallSummary::Arg A;
        A.Index = I;
        A.WhenTrue = F.WhenTrue;
        A.WhenFalse = F.WhenFalse;
        A.TrueOutcomes = outcomeNames(F.TrueAtoms);
        A.FalseOutcomes = outcomeNames(F.FalseAtoms);
        CS.Args.push_back(std::move(A));
      }
      Out.Calls.push_back(std::move(CS));
    }
    for (SinkRec &K : B.Sinks)
      if (std::optional<SinkSummary> S = summarise(B, K))
        Out.Sinks.push_back(std::move(*S));
    for (CrossRec &X : B.Exits)
      if (std::optional<SinkSummary> S = summarise(B, X.Rec)) {
        FlowExit E{X.Function, X.Index, std::move(*S), X.Rec.Use->Rule->FlowTo};
        Location Leaves = location(X.Rec.Node->getSourceRange());
        if (Leaves.valid())
          E.Read.Base.DataPath.push_back({Leaves, X.Leaves});
        Out.FlowExits.push_back(std::move(E));
      }
    for (CrossRec &X : B.Entries)
      if (std::optional<SinkSummary> S = summarise(B, X.Rec)) {
        S->Subject = X.SinkName;
        if (!X.RelayFunction.empty())
          S->Base.DataPath.push_back(
              {location(X.Rec.Node->getSourceRange()), X.Leaves});
        Out.FlowEntries.push_back({X.Function, X.Index, X.Kind,
                                   X.RelayFunction, X.RelayIndex,
                                   std::move(*S)});
      }
  }
  return Out;
}

} // namespace

TUSummary analyzeTranslationUnit(ASTContext &Ctx, const RuleSet &Rules,
                                 const CheckGlobs &Checks,
                                 const AnalyzerOptions &Opts) {
  Analyzer A(Ctx, Rules, Checks, Opts);
  return A.run();
}

} // namespace consentlint
