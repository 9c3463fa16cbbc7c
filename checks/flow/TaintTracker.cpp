//===- TaintTracker.cpp - Where personal data goes within a unit ----------===//

#include "checks/flow/TaintTracker.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/OSLog.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
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

/// What a value derived from personal data may be without being it: a
/// decision (ip == x, !ip, a && b), a size, or a call's count, status or
/// hash (strlen(ip), [ip length], a hash function of the unit's own).
bool decidesAboutData(const Stmt *S) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    return BO->isComparisonOp() || BO->isLogicalOp();
  if (const auto *UO = dyn_cast<UnaryOperator>(S))
    return UO->getOpcode() == UO_LNot;
  if (isa<UnaryExprOrTypeTraitExpr>(S))
    return true;
  if (isa<CallExpr, ObjCMessageExpr>(S)) {
    QualType R = cast<Expr>(S)->getType().getCanonicalType();
    return carriesNoData(R) || R->isIntegerType() || R->isRealFloatingType();
  }
  return false;
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

/// The arguments of an os_log call (__builtin_os_log_format) that the
/// system logs in the clear: those marked %{public}, and scalars not
/// marked %{private} or %{sensitive}. Strings and objects are redacted
/// by default.
bool isOSLogFormat(const CallExpr *E) {
  return E->getBuiltinCallee() == Builtin::BI__builtin_os_log_format;
}
void clearOSLogArgs(ASTContext &Ctx, const CallExpr *E,
                    llvm::SmallVectorImpl<const Expr *> &Out) {
  analyze_os_log::OSLogBufferLayout Layout;
  if (!analyze_os_log::computeOSLogBufferLayout(Ctx, E, Layout)) {
    // A format clang cannot read: every argument may be logged.
    for (unsigned I = 2; I < E->getNumArgs(); ++I)
      Out.push_back(E->getArg(I));
    return;
  }
  for (const analyze_os_log::OSLogBufferItem &Item : Layout.Items) {
    if (!Item.getExpr())
      continue;
    bool Public = Item.getDescriptorByte() &
                  analyze_os_log::OSLogBufferItem::IsPublic;
    bool Scalar = Item.getKind() == analyze_os_log::OSLogBufferItem::ScalarKind;
    if (Public || (Scalar && !Item.getIsPrivate()))
      Out.push_back(Item.getExpr());
  }
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
      add(Key(D->getCanonicalDecl(), 0), D->getInit(), D->getInit(),
          "assigned to '" + nameOf(D) + "'");
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      store(E->getLHS(), E->getRHS(), E, "stored in");
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *S) {
    if (S->getRetValue() && Fns.back())
      T.Returns[Fns.back()->getCanonicalDecl()].push_back(S->getRetValue());
    return true;
  }

  bool VisitCallExpr(CallExpr *E) {
    if (isOSLogFormat(E)) {
      // Only what is logged in the clear reaches the buffer.
      llvm::SmallVector<const Expr *, 4> Clear;
      clearOSLogArgs(T.Ctx, E, Clear);
      for (const Expr *A : Clear)
        store(E->getArg(0), A, E, "written into", nullptr,
              /*IntoPointee=*/true);
      return true;
    }
    const FunctionDecl *FD = E->getDirectCallee();
    unsigned First = 0;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // s = ip; s += ip; s << ip; out.append(...) as an operator.
      OverloadedOperatorKind K = Op->getOperator();
      if ((K == OO_Equal || K == OO_PlusEqual || K == OO_LessLess) &&
          E->getNumArgs() == 2)
        store(E->getArg(0), E->getArg(1), E, "appended to");
      // in >> s: the variable receives what the stream reads.
      if (K == OO_GreaterGreater && E->getNumArgs() == 2)
        store(E->getArg(1), E->getArg(0), E, "read into");
      if (FD && isa<CXXMethodDecl>(FD))
        First = 1; // Argument 0 is the object.
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // A non-const method given the data keeps it: append, push_back,
      // insert, setValue.
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && !MD->isConst() && !isa<CXXDestructorDecl>(MD))
        for (const Expr *A : E->arguments())
          store(MC->getImplicitObjectArgument(), A, E, "added to");
    }
    if (!FD)
      return true;
    // std::getline(in, line) and POSIX getline(&line, &n, fp): the line
    // receives what the stream or file reads.
    if (FD->getIdentifier() && FD->getName() == "getline") {
      if (FD->isInStdNamespace() && E->getNumArgs() >= 2)
        store(E->getArg(1), E->getArg(0), E, "read into");
      else if (!FD->isInStdNamespace() && E->getNumArgs() == 3)
        store(E->getArg(0), E->getArg(2), E, "read into", nullptr,
              /*IntoPointee=*/true);
    }
    const FunctionDecl *Def = FD->getDefinition();
    if (Def) {
      bindParams(E, Def, First);
      bindWritesThrough(E, Def, First);
    }
    // A library function writing into its first argument (snprintf,
    // strcpy, memcpy, ngx_sprintf) from the others; the unit's own
    // functions are followed through their parameters instead.
    if (First == 0 && E->getNumArgs() >= 2 && FD->getNumParams() >= 1 &&
        isWritableBuffer(FD->getParamDecl(0)->getType()))
      for (unsigned I = 1; I < E->getNumArgs(); ++I)
        store(E->getArg(0), E->getArg(I), E, "written into", Def,
              /*IntoPointee=*/true);
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
          add(Key(Def->getParamDecl(I)->getCanonicalDecl(), 0),
              E->getArg(I), E,
              "passed as '" + nameOf(Def->getParamDecl(I)) + "' of '" +
                  Def->getSelector().getAsString() + "'");
    }
    // [dict setObject:ip forKey:k], [s appendString:ip], [a addObject:ip].
    llvm::StringRef Sel = E->getSelector().getNameForSlot(0);
    if (E->isInstanceMessage() &&
        (Sel.starts_with("set") || Sel.starts_with("add") ||
         Sel.starts_with("append") || Sel.starts_with("insert")))
      for (const Expr *A : E->arguments())
        store(E->getInstanceReceiver(), A, E, "added to");
    return true;
  }

private:
  /// A store of \p V through the l-value \p Target; a store through a
  /// parameter of the current function is recorded as a write through it.
  void store(const Expr *Target, const Expr *V, const Expr *At,
             llvm::StringRef Verb, const Decl *UnlessTracked = nullptr,
             bool IntoPointee = false) {
    bool Through = IntoPointee;
    std::optional<Key> K = T.storedKey(Target, &Through);
    // [self setFoo:ip] writes a member, not the whole object: were self
    // to hold the data, every property read through it would.
    if (!K || (K->first && !K->second && isa<ImplicitParamDecl>(K->first)))
      return;
    add(*K, V, At,
        (Verb + " '" + T.keyName(*K) + "'").str(),
        UnlessTracked);
    // out->name = v, strcpy(out, v), out.append(v) with out a parameter:
    // the caller's object receives v.
    if (Through)
      if (const auto *P = dyn_cast_or_null<ParmVarDecl>(K->first))
        if (Fns.back() && P->getDeclContext() == dyn_cast<DeclContext>(Fns.back()))
          T.Events.back().IntoParam = P->getFunctionScopeIndex();
  }
  void add(Key K, const Expr *V, const Expr *At, std::string What,
           const Decl *UnlessTracked = nullptr,
           const Decl *ThroughFn = nullptr, unsigned ThroughParam = 0,
           unsigned FromParam = 0, bool WithMembers = false) {
    if (V)
      T.Events.push_back(
          {K, V, At, std::move(What),
           UnlessTracked ? UnlessTracked->getCanonicalDecl() : nullptr,
           ThroughFn, ThroughParam, FromParam, WithMembers,
           Fns.back() ? Fns.back()->getCanonicalDecl() : nullptr, -1});
  }
  template <typename CallT>
  void bindParams(const CallT *E, const FunctionDecl *Def, unsigned First) {
    for (unsigned I = First; I < E->getNumArgs(); ++I) {
      unsigned P = I - First;
      if (P >= Def->getNumParams())
        break;
      const ParmVarDecl *PD = Def->getParamDecl(P);
      // The members of a struct passed in are the parameter's members.
      add(Key(PD->getCanonicalDecl(), 0), E->getArg(I), E,
          "passed as '" + nameOf(PD) + "' of '" + Def->getNameAsString() + "'",
          nullptr, nullptr, 0, 0, /*WithMembers=*/true);
    }
  }
  /// f(out, ip) where the unit's own f writes through its parameter: what
  /// this call passes reaches \p out (decided in solve(), once every body
  /// is collected).
  void bindWritesThrough(const CallExpr *E, const FunctionDecl *Def,
                         unsigned First) {
    for (unsigned J = First; J < E->getNumArgs(); ++J) {
      unsigned P = J - First;
      if (P >= Def->getNumParams())
        break;
      QualType PT = Def->getParamDecl(P)->getType();
      if (!PT->isPointerType() && !PT->isReferenceType())
        continue;
      if (PT->getPointeeType().isConstQualified())
        continue;
      bool Through = true;
      std::optional<Key> K = T.storedKey(E->getArg(J), &Through);
      if (!K)
        continue;
      for (unsigned I = First; I < E->getNumArgs(); ++I)
        if (I != J && I - First < Def->getNumParams())
          add(*K, E->getArg(I), E,
              "written into '" + T.keyName(*K) +
                  "' by '" + Def->getNameAsString() + "'",
              nullptr, Def->getCanonicalDecl(), P, I - First);
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

unsigned TaintTracker::addForeignSource(const Expr *Call) {
  auto [It, New] = SourceAt.try_emplace(Call, Sources.size());
  if (New)
    Sources.push_back({Call, nullptr, /*AlsoArguments=*/true, nullptr});
  return It->second;
}

unsigned TaintTracker::addParameterSource(const ParmVarDecl *P) {
  Sources.push_back({nullptr, nullptr, false, P});
  return Sources.size() - 1;
}

bool TaintTracker::follows(const Decl *Callee) const {
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Callee)) {
    const FunctionDecl *Def = FD->getDefinition();
    return Def && Tracked.count(Def->getCanonicalDecl());
  }
  if (const auto *MD = dyn_cast_or_null<ObjCMethodDecl>(Callee)) {
    const ObjCMethodDecl *Def = objcDefinition(MD);
    return Def && Tracked.count(Def->getCanonicalDecl());
  }
  return false;
}

llvm::ArrayRef<const Expr *> TaintTracker::returnsOf(const Decl *Fn) const {
  auto It = Returns.find(Fn);
  if (It == Returns.end())
    return {};
  return It->second;
}

void TaintTracker::addBody(const Decl *D, const Stmt *Body) {
  if (!Body)
    return;
  Tracked.insert(D->getCanonicalDecl());
  Collector C(*this, D);
  C.TraverseStmt(const_cast<Stmt *>(Body));
}

static void merge(llvm::SmallVectorImpl<unsigned> &Into,
                  llvm::ArrayRef<unsigned> From) {
  for (unsigned O : From)
    if (!llvm::is_contained(Into, O))
      Into.push_back(O);
}

unsigned TaintTracker::pathId(llvm::ArrayRef<const Decl *> Members) const {
  if (Members.empty())
    return 0;
  std::vector<const Decl *> P(Members.begin(), Members.end());
  auto [It, New] = PathIds.try_emplace(P, Paths.size() + 1);
  if (New)
    Paths.push_back(std::move(P));
  return It->second;
}

std::string TaintTracker::keyName(Key K) const {
  if (!K.second)
    return nameOf(K.first);
  std::string Name;
  for (const Decl *M : Paths[K.second - 1])
    Name += (Name.empty() ? "" : ".") + nameOf(M);
  return Name;
}

std::optional<TaintTracker::Key> TaintTracker::storedKey(const Expr *E,
                                                         bool *Through) const {
  bool Thru = false;
  // The members of the l-value, outermost first: b->addr.ptr is (b, addr.ptr).
  llvm::SmallVector<const Decl *, 4> Members;
  auto Done = [&](const Decl *Root) -> std::optional<Key> {
    if (Through)
      *Through |= Thru;
    std::reverse(Members.begin(), Members.end());
    return Key(Root ? Root->getCanonicalDecl() : nullptr, pathId(Members));
  };
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
      if (!V)
        return std::nullopt;
      if (V->getType()->isReferenceType())
        Thru = true;
      // self.name is the class's member, like this->name.
      if (!Members.empty() && isa<ImplicitParamDecl>(V))
        return Done(nullptr);
      return Done(V);
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (const auto *Static = dyn_cast<VarDecl>(ME->getMemberDecl())) {
        Members.clear();
        return Done(Static);
      }
      if (!isa<FieldDecl>(ME->getMemberDecl()))
        return std::nullopt;
      Members.push_back(ME->getMemberDecl()->getCanonicalDecl());
      Thru |= ME->isArrow();
      E = ME->getBase();
      continue;
    }
    if (isa<CXXThisExpr>(E)) {
      Thru = true;
      return Members.empty() ? std::nullopt : Done(nullptr);
    }
    if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E)) {
      Members.push_back(IV->getDecl()->getCanonicalDecl());
      Thru = true;
      E = IV->getBase();
      continue;
    }
    if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E)) {
      if (!PR->isExplicitProperty())
        return std::nullopt;
      Members.push_back(PR->getExplicitProperty()->getCanonicalDecl());
      Thru = true;
      if (!PR->isObjectReceiver())
        return Done(nullptr);
      E = PR->getBase();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      Thru |= AS->getBase()->getType()->isPointerType();
      E = AS->getBase();
      continue;
    }
    if (const auto *OS = dyn_cast<ObjCSubscriptRefExpr>(E)) {
      Thru = true;
      E = OS->getBaseExpr();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref) {
        Thru |= UO->getOpcode() == UO_Deref;
        E = UO->getSubExpr();
        continue;
      }
      break;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isAdditiveOp()) { // p + n into a buffer
        E = BO->getLHS();
        continue;
      }
      break;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // s << a << b: the stream the chain starts from; v[i], m[k] and
      // p->x through a smart pointer: the container or the pointee.
      OverloadedOperatorKind K = Op->getOperator();
      if ((K == OO_LessLess || K == OO_Subscript) && Op->getNumArgs() == 2) {
        Thru |= K == OO_Subscript;
        E = Op->getArg(0);
        continue;
      }
      if ((K == OO_Arrow || K == OO_Star) && Op->getNumArgs() == 1) {
        Thru = true;
        E = Op->getArg(0);
        continue;
      }
      break;
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    if (const auto *OV = dyn_cast<OpaqueValueExpr>(E)) {
      E = OV->getSourceExpr(); // dict[key] = v: the receiver of its setter
      continue;
    }
    if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
      E = PO->getSyntacticForm(); // [self.items addObject:v]
      continue;
    }
    break;
  }
  // A member of an object with no name (a call's result): the member's.
  if (!Members.empty())
    return Done(nullptr);
  return std::nullopt;
}

void TaintTracker::factsOf(Key K, Origins &Out) const {
  auto It = Facts.find(K);
  if (It != Facts.end())
    merge(Out, It->second.O);
  // A member of a local struct also holds what the class's member holds.
  if (K.first && K.second) {
    It = Facts.find(Key(nullptr, K.second));
    if (It != Facts.end())
      merge(Out, It->second.O);
  }
}

TaintTracker::Origins TaintTracker::eval(const Expr *E, unsigned Depth) const {
  Origins Out;
  if (!E || Depth > 64)
    return Out;
  auto Src = SourceAt.find(E);
  if (Src != SourceAt.end() && !Sources[Src->second].OutTarget) {
    Out.push_back(Src->second);
    if (!Sources[Src->second].AlsoArguments)
      return Out;
  }
  if (Barriers.count(E) || decidesAboutData(E))
    return Out;
  auto Sub = [&](const Expr *S) { merge(Out, eval(S, Depth + 1)); };
  auto Stored = [&](const Expr *L) {
    if (std::optional<Key> K = storedKey(L))
      factsOf(*K, Out);
  };
  if (isa<ParenExpr, ImplicitCastExpr, ExplicitCastExpr,
          MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups,
          ConstantExpr, FullExpr, CXXDefaultArgExpr>(E)) {
    for (const Stmt *C : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(C))
        Sub(CE);
    return Out;
  }
  // What the object the base names holds as a whole (uname(&info) fills
  // info), not what its other members hold: info.release is not
  // info.machine.
  auto Whole = [&](const Expr *Base) {
    const auto *DRE = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
    if (DRE && isa<VarDecl>(DRE->getDecl()))
      factsOf(Key(DRE->getDecl()->getCanonicalDecl(), 0), Out);
    else
      Sub(Base);
  };
  if (isa<DeclRefExpr>(E)) {
    Stored(E);
    return Out;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Stored(ME);
    Whole(ME->getBase()); // info.sysname after uname(&info)
    return Out;
  }
  if (isa<ObjCIvarRefExpr>(E)) {
    Stored(E);
    return Out;
  }
  if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E)) {
    Stored(PR);
    if (PR->isObjectReceiver())
      Whole(PR->getBase());
    return Out;
  }
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
    Sub(PO->getSyntacticForm());
    return Out;
  }
  if (const auto *OV = dyn_cast<OpaqueValueExpr>(E)) {
    Sub(OV->getSourceExpr()); // The base of a.b.c's syntactic form.
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
    Sub(UO->getSubExpr());
    return Out;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
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
  if (const auto *Call = dyn_cast<CallExpr>(E); Call && isOSLogFormat(Call)) {
    llvm::SmallVector<const Expr *, 4> Clear;
    clearOSLogArgs(Ctx, Call, Clear);
    for (const Expr *A : Clear)
      Sub(A);
    return Out;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getDefinition() &&
        Tracked.count(FD->getDefinition()->getCanonicalDecl())) {
      auto It = ReturnFacts.find(FD->getDefinition()->getCanonicalDecl());
      if (It != ReturnFacts.end())
        merge(Out, It->second);
      return Out;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Sub(MC->getImplicitObjectArgument()); // ip.c_str(), s.substr(...)
    for (const Expr *A : Call->arguments())
      Sub(A);
    return Out;
  }
  if (const auto *Msg = dyn_cast<ObjCMessageExpr>(E)) {
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

bool TaintTracker::addTo(Key K, const Origins &O, int Why) {
  auto [It, New] = Facts.try_emplace(K);
  if (New && K.first && K.second)
    MembersOf[K.first].push_back(K.second);
  Fact &F = It->second;
  bool Changed = false;
  for (unsigned S : O)
    if (!llvm::is_contained(F.O, S)) {
      F.O.push_back(S);
      F.Why.push_back(Why);
      Changed = true;
    }
  return Changed;
}

/// The variable an argument names (`r`, `&r`), if that is all it is.
static const VarDecl *namedVariable(const Expr *E) {
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

void TaintTracker::valueVars(const Expr *E,
                             llvm::SmallVectorImpl<const Decl *> &Out) const {
  // The syntactic shadow of eval(): the variables a value is built from,
  // without what decisions, counts and barriers see of them.
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || Barriers.count(dyn_cast<Expr>(S)) || decidesAboutData(S))
      continue;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      if (isa<VarDecl>(DRE->getDecl()))
        Out.push_back(DRE->getDecl()->getCanonicalDecl());
      continue;
    }
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
}

void TaintTracker::summariseWritesThrough() {
  // Per function: which of its parameters each of its variables may hold,
  // then which of them its writes through a parameter write.
  llvm::DenseMap<const Decl *, llvm::SmallVector<unsigned, 8>> ByFn;
  for (unsigned I = 0; I < Events.size(); ++I)
    if (Events[I].Fn)
      ByFn[Events[I].Fn].push_back(I);
  for (auto &[Fn, Moves] : ByFn) {
    if (!llvm::any_of(Moves, [&](unsigned I) { return Events[I].IntoParam >= 0; }))
      continue;
    llvm::DenseMap<const Decl *, llvm::SmallVector<unsigned, 2>> Holds;
    auto Params = [&](const Decl *V) {
      llvm::SmallVector<unsigned, 2> R;
      if (const auto *P = dyn_cast<ParmVarDecl>(V))
        if (cast<Decl>(P->getDeclContext())->getCanonicalDecl() == Fn)
          R.push_back(P->getFunctionScopeIndex());
      auto It = Holds.find(V);
      if (It != Holds.end())
        merge(R, It->second);
      return R;
    };
    auto From = [&](const Event &Ev) {
      llvm::SmallVector<const Decl *, 8> Vars;
      valueVars(Ev.Value, Vars);
      llvm::SmallVector<unsigned, 2> R;
      for (const Decl *V : Vars)
        merge(R, Params(V));
      return R;
    };
    for (unsigned Round = 0; Round < 8; ++Round) {
      bool Changed = false;
      for (unsigned I : Moves) {
        const Event &Ev = Events[I];
        if (!Ev.Target.first || isa<ParmVarDecl>(Ev.Target.first))
          continue;
        auto &H = Holds[Ev.Target.first];
        size_t Before = H.size();
        merge(H, From(Ev));
        Changed |= H.size() != Before;
      }
      if (!Changed)
        break;
    }
    auto &Edges = WritesThrough[Fn];
    for (unsigned I : Moves) {
      const Event &Ev = Events[I];
      if (Ev.IntoParam < 0)
        continue;
      for (unsigned P : From(Ev)) {
        auto E = std::make_pair(P, unsigned(Ev.IntoParam));
        if (P != unsigned(Ev.IntoParam) && !llvm::is_contained(Edges, E))
          Edges.push_back(E);
      }
    }
  }
}

void TaintTracker::solve() {
  summariseWritesThrough();
  for (unsigned I = 0; I < Sources.size(); ++I) {
    if (Sources[I].OutTarget)
      if (std::optional<Key> K = storedKey(Sources[I].OutTarget))
        addTo(*K, {I}, -1);
    if (Sources[I].Param)
      addTo(Key(Sources[I].Param->getCanonicalDecl(), 0), {I}, -1);
  }
  // Facts only grow and are bounded by sources x keys: this terminates;
  // the cap bounds pathological units.
  for (unsigned Round = 0; Round < 32; ++Round) {
    bool Changed = false;
    for (unsigned I = 0; I < Events.size(); ++I) {
      const Event &Ev = Events[I];
      // What a barrier is given stays inside it (its context, its
      // parameters): MD5_Update(&ctx, ip, n) does not make ctx the IP; what
      // a sink is given leaves through it.
      if (Barriers.count(Ev.At) || Sinks.count(Ev.At) ||
          (Ev.UnlessTracked && Tracked.count(Ev.UnlessTracked)))
        continue;
      if (Ev.ThroughFn) {
        auto W = WritesThrough.find(Ev.ThroughFn);
        if (W == WritesThrough.end() ||
            !llvm::is_contained(W->second,
                                std::make_pair(Ev.FromParam, Ev.ThroughParam)))
          continue;
      }
      Origins O = eval(Ev.Value);
      if (!O.empty())
        Changed |= addTo(Ev.Target, O, I);
      if (!Ev.WithMembers || Ev.Target.second)
        continue;
      const VarDecl *V = namedVariable(Ev.Value);
      if (!V)
        continue;
      auto M = MembersOf.find(V->getCanonicalDecl());
      if (M == MembersOf.end())
        continue;
      llvm::SmallVector<unsigned, 4> Members(M->second.begin(),
                                             M->second.end());
      for (unsigned Member : Members) {
        Origins MO = Facts.lookup(Key(V->getCanonicalDecl(), Member)).O;
        Changed |= addTo(Key(Ev.Target.first, Member), MO, I);
      }
    }
    for (auto &[Fn, Values] : Returns) {
      Origins &R = ReturnFacts[Fn];
      size_t Before = R.size();
      for (const Expr *V : Values)
        merge(R, evalHandedOn(V));
      Changed |= R.size() != Before;
    }
    if (!Changed)
      break;
  }
}

TaintTracker::Origins TaintTracker::evalHandedOn(const Expr *E) const {
  Origins Out = eval(E);
  // An object returned or given to a sink whole carries what its members
  // hold (a device record filled field by field, then stored); as an
  // argument of a library call it does not (the call's result is not the
  // request's every field).
  const Expr *Inner = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Inner))
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl())) {
      auto M = MembersOf.find(V->getCanonicalDecl());
      if (M != MembersOf.end())
        for (unsigned Member : M->second)
          factsOf(Key(V->getCanonicalDecl(), Member), Out);
    }
  return Out;
}

void TaintTracker::pathTo(const Expr *E, unsigned Source,
                          std::vector<Step> &Out,
                          llvm::DenseSet<Key> &Seen) const {
  // Find the variable or member in E that carries the source, then how it
  // got it.
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    llvm::SmallVector<Key, 4> Keys;
    if (isa<DeclRefExpr, MemberExpr, ObjCIvarRefExpr, ObjCPropertyRefExpr>(S))
      if (std::optional<Key> K = storedKey(cast<Expr>(S))) {
        Keys.push_back(*K);
        if (K->first && K->second)
          Keys.push_back(Key(nullptr, K->second));
        if (K->first && !K->second) {
          auto M = MembersOf.find(K->first);
          if (M != MembersOf.end())
            for (unsigned Member : M->second)
              Keys.push_back(Key(K->first, Member));
        }
      }
    for (Key K : Keys) {
      auto It = Facts.find(K);
      if (It == Facts.end() || !Seen.insert(K).second)
        continue;
      for (unsigned I = 0; I < It->second.O.size(); ++I) {
        if (It->second.O[I] != Source)
          continue;
        int Why = It->second.Why[I];
        if (Why >= 0) {
          const Event &Ev = Events[Why];
          pathTo(Ev.Value, Source, Out, Seen);
          Out.push_back({Ev.At, Ev.What, Ev.Fn});
        }
        return;
      }
    }
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
}

std::vector<TaintTracker::Reach> TaintTracker::reaching(const Expr *E) const {
  std::vector<Reach> Out;
  for (unsigned S : evalHandedOn(E)) {
    Reach R;
    R.Source = S;
    llvm::DenseSet<Key> Seen;
    pathTo(E, S, R.Steps, Seen);
    Out.push_back(std::move(R));
  }
  return Out;
}

} // namespace consentlint
