//===- TaintTracker.cpp - Where personal data goes within a unit ----------===//

#include "checks/flow/TaintTracker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace consentlint {

namespace {

/// Truth values, numbers that are not the data (lengths, counts, status
/// codes) and enumerations: a value of these types derived from personal
/// data says something about it, but is not it.
bool carriesNoData(QualType T) {
  T = T.getCanonicalType();
  return T->isVoidType() || T->isBooleanType() || T->isEnumeralType();
}

/// A buffer a C function writes into: char and byte pointers, and records
/// named like strings or buffers (lighttpd's buffer, nginx's ngx_str_t).
bool isWritableBuffer(QualType T) {
  const auto *PT = T.getCanonicalType()->getAs<PointerType>();
  if (!PT)
    return false;
  QualType P = PT->getPointeeType();
  if (P.isConstQualified())
    return false;
  if (P->isCharType() || P->isVoidType() ||
      P->isSpecificBuiltinType(BuiltinType::UChar) ||
      P->isSpecificBuiltinType(BuiltinType::SChar) || P->isWideCharType())
    return true;
  if (const auto *RD = P->getAsRecordDecl()) {
    std::string Name = llvm::StringRef(RD->getName()).lower();
    for (const char *W : {"buf", "str", "text", "msg", "line"})
      if (llvm::StringRef(Name).contains(W))
        return true;
  }
  return false;
}

/// The body of an Objective-C method the unit implements, if any.
const ObjCMethodDecl *objcDefinition(const ObjCMethodDecl *MD) {
  if (MD->hasBody())
    return MD;
  if (const ObjCInterfaceDecl *ID = MD->getClassInterface())
    if (const ObjCImplementationDecl *Impl = ID->getImplementation())
      if (const ObjCMethodDecl *Def =
              Impl->getMethod(MD->getSelector(), MD->isInstanceMethod()))
        if (Def->hasBody())
          return Def;
  return nullptr;
}

std::string nameOf(const Decl *D) {
  if (const auto *ND = dyn_cast_or_null<NamedDecl>(D))
    return ND->getNameAsString();
  return "?";
}

} // namespace

/// Records, for one body, every move of a value into a variable, field,
/// property or parameter, and every return.
class TaintTracker::Collector : public RecursiveASTVisitor<Collector> {
public:
  Collector(TaintTracker &T, const Decl *Fn) : T(T) { Fns.push_back(Fn); }

  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseLambdaExpr(LambdaExpr *E) {
    Fns.push_back(E->getCallOperator());
    bool R = RecursiveASTVisitor::TraverseLambdaExpr(E);
    Fns.pop_back();
    return R;
  }
  bool TraverseBlockExpr(BlockExpr *E) {
    Fns.push_back(E->getBlockDecl());
    bool R = RecursiveASTVisitor::TraverseBlockExpr(E);
    Fns.pop_back();
    return R;
  }

  bool VisitVarDecl(VarDecl *D) {
    if (!isa<ParmVarDecl>(D) && D->getInit())
      add(D, D->getInit(), D->getInit(), "assigned to '" + nameOf(D) + "'");
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      if (const Decl *D = storedDecl(E->getLHS()))
        add(D, E->getRHS(), E, "stored in '" + nameOf(D) + "'");
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *S) {
    if (S->getRetValue() && Fns.back())
      T.Returns[Fns.back()->getCanonicalDecl()].push_back(S->getRetValue());
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *FD = E->getDirectCallee();
    unsigned First = 0;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // s = ip; s += ip; s << ip; out.append(...) as an operator.
      OverloadedOperatorKind K = Op->getOperator();
      if ((K == OO_Equal || K == OO_PlusEqual || K == OO_LessLess) &&
          E->getNumArgs() == 2)
        if (const Decl *D = storedDecl(E->getArg(0)))
          add(D, E->getArg(1), E, "appended to '" + nameOf(D) + "'");
      if (FD && isa<CXXMethodDecl>(FD))
        First = 1; // Argument 0 is the object.
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // A non-const method given the data keeps it: append, push_back,
      // insert, setValue.
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && !MD->isConst() && !isa<CXXDestructorDecl>(MD))
        if (const Decl *D = storedDecl(MC->getImplicitObjectArgument()))
          for (const Expr *A : E->arguments())
            add(D, A, E, "added to '" + nameOf(D) + "'");
    }
    if (!FD)
      return true;
    const FunctionDecl *Def = FD->getDefinition();
    if (Def)
      bindParams(E, Def, First);
    // A library function writing into its first argument (snprintf,
    // strcpy, memcpy, ngx_sprintf) from the others; the unit's own
    // functions are followed through their parameters instead.
    if (First == 0 && E->getNumArgs() >= 2 && FD->getNumParams() >= 1 &&
        isWritableBuffer(FD->getParamDecl(0)->getType()))
      if (const Decl *D = storedDecl(E->getArg(0)))
        for (unsigned I = 1; I < E->getNumArgs(); ++I)
          add(D, E->getArg(I), E, "written into '" + nameOf(D) + "'", Def);
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    if (const CXXConstructorDecl *CD = E->getConstructor())
      if (const auto *Def =
              dyn_cast_or_null<FunctionDecl>(CD->getDefinition()))
        bindParams(E, Def, 0);
    return true;
  }

  bool VisitObjCMessageExpr(ObjCMessageExpr *E) {
    const ObjCMethodDecl *MD = E->getMethodDecl();
    if (MD) {
      if (const ObjCMethodDecl *Def = objcDefinition(MD))
        for (unsigned I = 0; I < E->getNumArgs() && I < Def->param_size(); ++I)
          add(Def->getParamDecl(I), E->getArg(I), E,
              "passed as '" + nameOf(Def->getParamDecl(I)) + "' of '" +
                  Def->getSelector().getAsString() + "'");
    }
    // [dict setObject:ip forKey:k], [s appendString:ip], [a addObject:ip].
    llvm::StringRef Sel = E->getSelector().getNameForSlot(0);
    if (E->isInstanceMessage() &&
        (Sel.starts_with("set") || Sel.starts_with("add") ||
         Sel.starts_with("append") || Sel.starts_with("insert")))
      if (const Decl *D = storedDecl(E->getInstanceReceiver()))
        for (const Expr *A : E->arguments())
          add(D, A, E, "added to '" + nameOf(D) + "'");
    return true;
  }

private:
  void add(const Decl *D, const Expr *V, const Expr *At, std::string What,
           const Decl *UnlessTracked = nullptr) {
    if (D && V)
      T.Events.push_back({D->getCanonicalDecl(), V, At, std::move(What),
                          UnlessTracked ? UnlessTracked->getCanonicalDecl()
                                        : nullptr});
  }
  template <typename CallT>
  void bindParams(const CallT *E, const FunctionDecl *Def, unsigned First) {
    for (unsigned I = First; I < E->getNumArgs(); ++I) {
      unsigned P = I - First;
      if (P >= Def->getNumParams())
        break;
      const ParmVarDecl *PD = Def->getParamDecl(P);
      add(PD, E->getArg(I), E,
          "passed as '" + nameOf(PD) + "' of '" + Def->getNameAsString() + "'");
    }
  }

  TaintTracker &T;
  std::vector<const Decl *> Fns;
};

unsigned TaintTracker::addSource(const Expr *Read, const Expr *OutTarget) {
  auto It = SourceAt.find(Read);
  if (It != SourceAt.end())
    return It->second;
  Sources.push_back({Read, OutTarget});
  return SourceAt[Read] = Sources.size() - 1;
}

void TaintTracker::addBody(const Decl *D, const Stmt *Body) {
  if (!Body)
    return;
  Tracked.insert(D->getCanonicalDecl());
  Collector C(*this, D);
  C.TraverseStmt(const_cast<Stmt *>(Body));
}

const Decl *TaintTracker::storedDecl(const Expr *E) {
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(DRE->getDecl()) ? DRE->getDecl() : nullptr;
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return isa<FieldDecl>(ME->getMemberDecl()) ? ME->getMemberDecl() : nullptr;
    if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E))
      return IV->getDecl();
    if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E))
      return PR->isExplicitProperty() ? PR->getExplicitProperty() : nullptr;
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
      continue;
    }
    if (const auto *OS = dyn_cast<ObjCSubscriptRefExpr>(E)) {
      E = OS->getBaseExpr();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref) {
        E = UO->getSubExpr();
        continue;
      }
      return nullptr;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isAdditiveOp()) { // p + n into a buffer
        E = BO->getLHS();
        continue;
      }
      return nullptr;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // s << a << b: the stream the chain starts from.
      if (Op->getOperator() == OO_LessLess && Op->getNumArgs() == 2) {
        E = Op->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

static void merge(llvm::SmallVectorImpl<unsigned> &Into,
                  llvm::ArrayRef<unsigned> From) {
  for (unsigned O : From)
    if (!llvm::is_contained(Into, O))
      Into.push_back(O);
}

TaintTracker::Origins TaintTracker::eval(const Expr *E, unsigned Depth) const {
  Origins Out;
  if (!E || Depth > 64)
    return Out;
  auto Src = SourceAt.find(E);
  if (Src != SourceAt.end() && !Sources[Src->second].OutTarget) {
    Out.push_back(Src->second);
    return Out;
  }
  if (Barriers.count(E))
    return Out;
  auto Sub = [&](const Expr *S) { merge(Out, eval(S, Depth + 1)); };
  auto Fact = [&](const Decl *D) {
    auto It = Facts.find(D->getCanonicalDecl());
    if (It != Facts.end())
      merge(Out, It->second.O);
  };
  if (isa<ParenExpr, ImplicitCastExpr, ExplicitCastExpr,
          MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups,
          ConstantExpr, FullExpr, CXXDefaultArgExpr>(E)) {
    for (const Stmt *C : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(C))
        Sub(CE);
    return Out;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    Fact(DRE->getDecl());
    return Out;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Fact(ME->getMemberDecl());
    Sub(ME->getBase()); // info.sysname after uname(&info)
    return Out;
  }
  if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E)) {
    Fact(IV->getDecl());
    return Out;
  }
  if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E)) {
    if (PR->isExplicitProperty())
      Fact(PR->getExplicitProperty());
    if (PR->isObjectReceiver())
      Sub(PR->getBase());
    return Out;
  }
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
    Sub(PO->getSyntacticForm());
    return Out;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    Sub(AS->getBase());
    return Out;
  }
  if (const auto *OS = dyn_cast<ObjCSubscriptRefExpr>(E)) {
    Sub(OS->getBaseExpr());
    return Out;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      Sub(UO->getSubExpr());
    return Out;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isComparisonOp() || BO->isLogicalOp())
      return Out; // A decision about the data, not the data.
    if (BO->isAssignmentOp() || BO->getOpcode() == BO_Comma) {
      Sub(BO->getRHS());
      return Out;
    }
    Sub(BO->getLHS());
    Sub(BO->getRHS());
    return Out;
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    Sub(CO->getTrueExpr());
    Sub(CO->getFalseExpr());
    return Out;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    for (const Expr *I : IL->inits())
      Sub(I);
    return Out;
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    // std::string(ip), QString(ip): a copy of the data; the unit's own
    // constructors are followed through their parameters.
    const CXXConstructorDecl *CD = CE->getConstructor();
    const FunctionDecl *Def = CD ? CD->getDefinition() : nullptr;
    if (!Def || !Tracked.count(Def->getCanonicalDecl()) ||
        CD->isCopyOrMoveConstructor())
      for (const Expr *A : CE->arguments())
        Sub(A);
    return Out;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    if (carriesNoData(Call->getType()))
      return Out;
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getDefinition() &&
        Tracked.count(FD->getDefinition()->getCanonicalDecl())) {
      auto It = ReturnFacts.find(FD->getDefinition()->getCanonicalDecl());
      if (It != ReturnFacts.end())
        merge(Out, It->second);
      return Out;
    }
    QualType R = Call->getType().getCanonicalType();
    if (R->isIntegerType() || R->isRealFloatingType())
      return Out; // strlen(ip), a count: not the data.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Sub(MC->getImplicitObjectArgument()); // ip.c_str(), s.substr(...)
    for (const Expr *A : Call->arguments())
      Sub(A);
    return Out;
  }
  if (const auto *Msg = dyn_cast<ObjCMessageExpr>(E)) {
    if (carriesNoData(Msg->getType()))
      return Out;
    QualType R = Msg->getType().getCanonicalType();
    if (R->isIntegerType() || R->isRealFloatingType())
      return Out; // [ip length], BOOL answers.
    if (const ObjCMethodDecl *MD = Msg->getMethodDecl())
      if (const ObjCMethodDecl *Def = objcDefinition(MD);
          Def && Tracked.count(Def->getCanonicalDecl())) {
        auto It = ReturnFacts.find(Def->getCanonicalDecl());
        if (It != ReturnFacts.end())
          merge(Out, It->second);
        return Out;
      }
    if (Msg->isInstanceMessage())
      Sub(Msg->getInstanceReceiver());
    for (const Expr *A : Msg->arguments())
      Sub(A);
    return Out;
  }
  if (const auto *Box = dyn_cast<ObjCBoxedExpr>(E)) {
    Sub(Box->getSubExpr());
    return Out;
  }
  if (const auto *Dict = dyn_cast<ObjCDictionaryLiteral>(E)) {
    for (unsigned I = 0; I < Dict->getNumElements(); ++I)
      Sub(Dict->getKeyValueElement(I).Value);
    return Out;
  }
  if (const auto *Arr = dyn_cast<ObjCArrayLiteral>(E)) {
    for (unsigned I = 0; I < Arr->getNumElements(); ++I)
      Sub(Arr->getElement(I));
    return Out;
  }
  return Out;
}

bool TaintTracker::addTo(const Decl *D, const Origins &O, int Why) {
  Fact &F = Facts[D->getCanonicalDecl()];
  bool Changed = false;
  for (unsigned S : O)
    if (!llvm::is_contained(F.O, S)) {
      F.O.push_back(S);
      F.Why.push_back(Why);
      Changed = true;
    }
  return Changed;
}

void TaintTracker::solve() {
  for (unsigned I = 0; I < Sources.size(); ++I)
    if (Sources[I].OutTarget)
      if (const Decl *D = storedDecl(Sources[I].OutTarget))
        addTo(D, {I}, -1);
  // Facts only grow and are bounded by sources x decls: this terminates;
  // the cap bounds pathological units.
  for (unsigned Round = 0; Round < 32; ++Round) {
    bool Changed = false;
    for (unsigned I = 0; I < Events.size(); ++I) {
      // What a barrier is given stays inside it (its context, its
      // parameters): MD5_Update(&ctx, ip, n) does not make ctx the IP.
      if (Barriers.count(Events[I].At) ||
          (Events[I].UnlessTracked && Tracked.count(Events[I].UnlessTracked)))
        continue;
      Origins O = eval(Events[I].Value);
      if (!O.empty())
        Changed |= addTo(Events[I].Target, O, I);
    }
    for (auto &[Fn, Values] : Returns) {
      Origins &R = ReturnFacts[Fn];
      size_t Before = R.size();
      for (const Expr *V : Values)
        merge(R, eval(V));
      Changed |= R.size() != Before;
    }
    if (!Changed)
      break;
  }
}

void TaintTracker::pathTo(const Expr *E, unsigned Source,
                          std::vector<Step> &Out,
                          llvm::SmallPtrSetImpl<const Decl *> &Seen) const {
  // Find the variable in E that carries the source, then how it got it.
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    const Decl *D = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      D = DRE->getDecl();
    else if (const auto *ME = dyn_cast<MemberExpr>(S))
      D = ME->getMemberDecl();
    else if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(S))
      D = IV->getDecl();
    else if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(S))
      D = PR->isExplicitProperty() ? PR->getExplicitProperty() : nullptr;
    if (D) {
      auto It = Facts.find(D->getCanonicalDecl());
      if (It != Facts.end() && Seen.insert(D->getCanonicalDecl()).second) {
        for (unsigned K = 0; K < It->second.O.size(); ++K) {
          if (It->second.O[K] != Source)
            continue;
          int Why = It->second.Why[K];
          if (Why >= 0) {
            const Event &Ev = Events[Why];
            pathTo(Ev.Value, Source, Out, Seen);
            Out.push_back({Ev.At, Ev.What});
          }
          return;
        }
      }
    }
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
}

std::vector<TaintTracker::Reach> TaintTracker::reaching(const Expr *E) const {
  std::vector<Reach> Out;
  for (unsigned S : eval(E)) {
    Reach R;
    R.Source = S;
    llvm::SmallPtrSet<const Decl *, 8> Seen;
    pathTo(E, S, R.Steps, Seen);
    Out.push_back(std::move(R));
  }
  return Out;
}

} // namespace consentlint
