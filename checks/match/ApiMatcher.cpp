//===- ApiMatcher.cpp - Match AST nodes against rule-pack APIs ------------===//

#include "checks/match/ApiMatcher.h"
#include "checks/match/ExprValues.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace consentlint {

const std::string &ApiMatcher::qualifiedName(const NamedDecl *D) {
  auto It = NameCache.find(D);
  if (It != NameCache.end())
    return It->second;
  std::string S;
  // A member of `typedef struct { ... } name_t;` (nginx, lighttpd, most C
  // code) is named by the typedef: name_t::field.
  const auto *RD = dyn_cast<RecordDecl>(D->getDeclContext());
  if (RD && !RD->getIdentifier())
    if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
      return NameCache[D] = qualifiedName(TD) + "::" + D->getNameAsString();
  llvm::raw_string_ostream OS(S);
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressUnwrittenScope = true; // No inline namespaces (std::__1).
  D->printQualifiedName(OS, Policy);
  OS.flush();
  return NameCache[D] = S;
}

static llvm::StringRef normalisePattern(llvm::StringRef P) {
  P.consume_front("::");
  return P;
}

/// "ns::Class::*" names every function or method declared directly in
/// ns::Class, except those listed in \p Except.
static bool wildcardMatches(llvm::StringRef Name, llvm::StringRef P,
                            llvm::ArrayRef<std::string> Except) {
  if (!P.ends_with("::*"))
    return false;
  llvm::StringRef Scope = P.drop_back(1); // Keeps the trailing "::".
  if (!Name.starts_with(Scope))
    return false;
  llvm::StringRef Rest = Name.drop_front(Scope.size());
  if (Rest.empty() || Rest.contains("::") || Rest.starts_with("operator") ||
      Rest.starts_with("~"))
    return false;
  return !llvm::is_contained(Except, Rest);
}

bool ApiMatcher::functionMatches(const FunctionDecl *FD, llvm::StringRef P,
                                 llvm::ArrayRef<std::string> Except) {
  if (qualifiedName(FD) == P)
    return true;
  if (wildcardMatches(qualifiedName(FD), P, Except) &&
      !isa<CXXConstructorDecl>(FD))
    return true;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return false;
  // Overrides of a listed virtual method match too (to any depth).
  for (const CXXMethodDecl *O : MD->overridden_methods())
    if (functionMatches(O, P, Except))
      return true;
  // A method of a listed class inherited by a project class, named through
  // the derived class: the callee is the base's own declaration, handled
  // above. Template instantiations carry the pattern's qualified name.
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    if (Pattern != FD && functionMatches(Pattern, P, Except))
      return true;
  return false;
}

bool ApiMatcher::declMatches(const NamedDecl *D, llvm::StringRef P) {
  P = normalisePattern(P);
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return functionMatches(FD, P);
  return qualifiedName(D) == P;
}

bool ApiMatcher::argsMatch(const rules::ApiRef &Api,
                           llvm::ArrayRef<const Expr *> Args) {
  for (const rules::ArgConstraint &C : Api.Args) {
    if (C.Index >= Args.size())
      return false;
    const Expr *A = Args[C.Index];
    if (!C.StringEquals.empty() || !C.NotString.empty()) {
      std::optional<std::string> S = stringValue(A);
      if (!C.StringEquals.empty()) {
        if (!S)
          return false;
        bool Any = false;
        for (const std::string &W : C.StringEquals)
          Any |= llvm::StringRef(*S).equals_insensitive(W);
        if (!Any)
          return false;
      }
      if (S)
        for (const std::string &W : C.NotString)
          if (llvm::StringRef(*S).trim().equals_insensitive(W))
            return false;
    }
    if (!C.Enum.empty()) {
      const NamedDecl *E = enumeratorOf(A);
      bool Any = false;
      for (const std::string &W : C.Enum) {
        if (E && (E->getName() == W || qualifiedName(E) == normalisePattern(W)))
          Any = true;
        else if (spelledAsMacro(A, W, Ctx)) // C enums hidden behind macros.
          Any = true;
      }
      if (!Any)
        return false;
    }
    if (!C.Macro.empty()) {
      bool Any = false;
      for (const std::string &W : C.Macro)
        Any |= spelledAsMacro(A, W, Ctx);
      if (!Any)
        return false;
    }
    if (C.Bool) {
      bool Value;
      if (A->isValueDependent() || !A->EvaluateAsBooleanCondition(Value, Ctx) ||
          Value != *C.Bool)
        return false;
    }
  }
  return true;
}

/// The words of an identifier, lower case: CountlyInternalLog -> countly,
/// internal, log; bsg_log_err -> bsg, log, err.
static llvm::SmallVector<std::string, 4> nameWords(llvm::StringRef Name) {
  llvm::SmallVector<std::string, 4> Words;
  std::string W;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Upper = llvm::isUpper(C);
    bool Boundary = !llvm::isAlnum(C) ||
                    (Upper && I > 0 && llvm::isLower(Name[I - 1])) ||
                    (Upper && I + 1 < Name.size() && llvm::isLower(Name[I + 1]) &&
                     I > 0 && llvm::isUpper(Name[I - 1]));
    if (Boundary && !W.empty()) {
      Words.push_back(W);
      W.clear();
    }
    if (llvm::isAlnum(C))
      W += llvm::toLower(C);
  }
  if (!W.empty())
    Words.push_back(W);
  return Words;
}

void ApiMatcher::matchFormatFunction(const CallExpr *E, const FunctionDecl *FD,
                                     llvm::SmallVectorImpl<ApiMatch> &Out) {
  llvm::ArrayRef<ApiUse> Uses = Rules.formatFunctionApis();
  if (Uses.empty() || !FD->hasAttr<FormatAttr>())
    return;
  llvm::SmallVector<std::string, 4> Words = nameWords(FD->getName());
  for (const ApiUse &U : Uses) {
    if (!llvm::any_of(Words, [&](const std::string &W) {
          return llvm::is_contained(U.Api->NameWords, W);
        }))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Args.assign(E->arg_begin(), E->arg_end());
    M.Subject = "call to '" + qualifiedName(FD) + "'";
    Out.push_back(std::move(M));
  }
}

void ApiMatcher::matchCall(const CallExpr *E, llvm::SmallVectorImpl<ApiMatch> &Out) {
  const FunctionDecl *FD = E->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return;
  llvm::ArrayRef<ApiUse> Named = Rules.byCallee(FD->getName());
  llvm::ArrayRef<ApiUse> Wild = Rules.byCallee("*");
  // A printf-like function named like a logger, unless a rule names it.
  if (Named.empty())
    matchFormatFunction(E, FD, Out);
  if (Named.empty() && Wild.empty())
    return;
  llvm::SmallVector<const ApiUse *, 8> Uses;
  for (const ApiUse &U : Named)
    Uses.push_back(&U);
  for (const ApiUse &U : Wild)
    Uses.push_back(&U);
  llvm::SmallVector<const Expr *, 4> Args;
  unsigned First = 0;
  // Operator calls written as members carry the object as argument 0.
  if (isa<CXXOperatorCallExpr>(E) && isa<CXXMethodDecl>(FD))
    First = 1;
  for (unsigned I = First; I < E->getNumArgs(); ++I)
    Args.push_back(E->getArg(I));
  for (const ApiUse *UP : Uses) {
    const ApiUse &U = *UP;
    if (U.Api->Kind == rules::ApiKind::Constructor)
      continue;
    if (!functionMatches(FD, normalisePattern(U.Api->Name), U.Api->Except) ||
        !argsMatch(*U.Api, Args))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Args = Args;
    M.Subject = "call to '" + qualifiedName(FD) + "'";
    Out.push_back(std::move(M));
  }
}

void ApiMatcher::matchConstruct(const CXXConstructExpr *E,
                                llvm::SmallVectorImpl<ApiMatch> &Out) {
  const CXXRecordDecl *RD = E->getConstructor()->getParent();
  if (!RD || !RD->getIdentifier())
    return;
  llvm::ArrayRef<ApiUse> Uses = Rules.byCallee(RD->getName());
  llvm::SmallVector<const Expr *, 4> Args(E->arguments());
  for (const ApiUse &U : Uses) {
    if (U.Api->Kind != rules::ApiKind::Constructor ||
        qualifiedName(RD) != normalisePattern(U.Api->Name) ||
        !argsMatch(*U.Api, Args))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Args = Args;
    M.Subject = "construction of '" + qualifiedName(RD) + "'";
    Out.push_back(std::move(M));
  }
}

/// Whether \p ID is class \p Name or derives from it.
static bool isOrDerivesFrom(const ObjCInterfaceDecl *ID, llvm::StringRef Name) {
  for (int Depth = 0; ID && Depth < 32; ++Depth, ID = ID->getSuperClass())
    if (ID->getName() == Name)
      return true;
  return false;
}

static void matchObjC(const RuleSet &Rules, llvm::StringRef Selector,
                      bool IsClassMessage, const ObjCInterfaceDecl *Receiver,
                      const Expr *Node, llvm::ArrayRef<const Expr *> Args,
                      llvm::function_ref<bool(const rules::ApiRef &)> ArgsOk,
                      llvm::SmallVectorImpl<ApiMatch> &Out,
                      bool Wildcards) {
  llvm::SmallVector<const ApiUse *, 8> Uses;
  for (const ApiUse &U : Rules.bySelector(Selector))
    Uses.push_back(&U);
  // "Every method of the class" means messages, not property reads.
  if (Wildcards)
    for (const ApiUse &U : Rules.bySelector("*"))
      if (!llvm::is_contained(U.Api->Except, Selector))
        Uses.push_back(&U);
  for (const ApiUse *UP : Uses) {
    const ApiUse &U = *UP;
    const rules::ApiRef &A = *U.Api;
    if ((A.MessageKind == rules::ObjCMessageKind::Class && !IsClassMessage) ||
        (A.MessageKind == rules::ObjCMessageKind::Instance && IsClassMessage))
      continue;
    if (!isOrDerivesFrom(Receiver, A.Name) || !ArgsOk(A))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = Node;
    M.Args.assign(Args.begin(), Args.end());
    M.Subject = std::string("message '") + (IsClassMessage ? "+" : "-") + "[" +
                A.Name + " " + Selector.str() + "]'";
    Out.push_back(std::move(M));
  }
}

void ApiMatcher::matchMessage(const ObjCMessageExpr *E,
                              llvm::SmallVectorImpl<ApiMatch> &Out) {
  // Property dot-syntax reads are matched once, as the
  // ObjCPropertyRefExpr; an assignment (config.trackEvents = YES) is the
  // setter's message, matched by rules naming the setter.
  if (E->isImplicit() &&
      !(E->getNumArgs() == 1 &&
        E->getSelector().getNameForSlot(0).starts_with("set")))
    return;
  std::string Sel = E->getSelector().getAsString();
  if (Rules.bySelector(Sel).empty() && Rules.bySelector("*").empty())
    return;
  const ObjCInterfaceDecl *Receiver = E->getReceiverInterface();
  if (!Receiver)
    if (const ObjCMethodDecl *MD = E->getMethodDecl())
      Receiver = MD->getClassInterface();
  llvm::SmallVector<const Expr *, 4> Args(E->arguments());
  matchObjC(Rules, Sel, E->isClassMessage(), Receiver, E, Args,
            [&](const rules::ApiRef &A) { return argsMatch(A, Args); }, Out,
            /*Wildcards=*/true);
}

void ApiMatcher::matchProperty(const ObjCPropertyRefExpr *E,
                               llvm::SmallVectorImpl<ApiMatch> &Out) {
  if (E->isMessagingSetter() && !E->isMessagingGetter())
    return;
  std::string Sel = E->getGetterSelector().getAsString();
  if (Rules.bySelector(Sel).empty()) {
    // Project flags declared as Class.property variables.
    if (E->isExplicitProperty()) {
      const ObjCPropertyDecl *PD = E->getExplicitProperty();
      for (const ApiUse &U : Rules.byValueName(PD->getName())) {
        if (U.Api->Kind != rules::ApiKind::Variable)
          continue;
        llvm::StringRef Pat = U.Api->Name;
        const auto *ID =
            dyn_cast_or_null<ObjCInterfaceDecl>(PD->getDeclContext());
        std::string Full = (ID ? ID->getName().str() + "." : std::string()) +
                           PD->getName().str();
        if (Pat != PD->getName() && Pat != Full)
          continue;
        ApiMatch M;
        M.Use = &U;
        M.Node = E;
        M.Subject = "property '" + Full + "'";
        Out.push_back(std::move(M));
      }
    }
    return;
  }
  const ObjCInterfaceDecl *Receiver = nullptr;
  bool IsClass = E->isClassReceiver();
  if (IsClass)
    Receiver = E->getClassReceiver();
  else if (E->isSuperReceiver())
    Receiver = E->getSuperReceiverType()->getAsObjCInterfacePointerType()
                   ? E->getSuperReceiverType()
                         ->getAsObjCInterfacePointerType()
                         ->getInterfaceDecl()
                   : nullptr;
  else if (const auto *PT =
               E->getBase()->getType()->getAsObjCInterfacePointerType())
    Receiver = PT->getInterfaceDecl();
  if (!Receiver && E->isExplicitProperty())
    Receiver = dyn_cast_or_null<ObjCInterfaceDecl>(
        E->getExplicitProperty()->getDeclContext());
  matchObjC(Rules, Sel, IsClass, Receiver, E, {},
            [](const rules::ApiRef &A) { return A.Args.empty(); }, Out,
            /*Wildcards=*/false);
}

void ApiMatcher::matchMember(const MemberExpr *E,
                             llvm::SmallVectorImpl<ApiMatch> &Out) {
  const auto *FD = dyn_cast<FieldDecl>(E->getMemberDecl());
  if (!FD || !FD->getIdentifier())
    return;
  for (const ApiUse &U : Rules.byValueName(FD->getName())) {
    if (qualifiedName(FD) != normalisePattern(U.Api->Name))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Subject = "read of '" + qualifiedName(FD) + "'";
    Out.push_back(std::move(M));
  }
}

void ApiMatcher::matchDeclRef(const DeclRefExpr *E,
                              llvm::SmallVectorImpl<ApiMatch> &Out) {
  const NamedDecl *D = E->getDecl();
  if (!D->getIdentifier())
    return;
  if (isa<EnumConstantDecl>(D)) {
    for (const ApiUse &U : Rules.byEnumerator(D->getName())) {
      if (qualifiedName(D) != normalisePattern(U.Api->Name) &&
          D->getName() != normalisePattern(U.Api->Name))
        continue;
      ApiMatch M;
      M.Use = &U;
      M.Node = E;
      M.Subject = "use of '" + qualifiedName(D) + "'";
      Out.push_back(std::move(M));
    }
    return;
  }
  if (!isa<VarDecl>(D))
    return;
  for (const ApiUse &U : Rules.byValueName(D->getName())) {
    if (U.Api->Kind != rules::ApiKind::Variable ||
        qualifiedName(D) != normalisePattern(U.Api->Name))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Subject = "read of '" + qualifiedName(D) + "'";
    Out.push_back(std::move(M));
  }
}

void ApiMatcher::matchIvar(const ObjCIvarRefExpr *E,
                           llvm::SmallVectorImpl<ApiMatch> &Out) {
  const ObjCIvarDecl *D = E->getDecl();
  for (const ApiUse &U : Rules.byValueName(D->getName())) {
    if (U.Api->Kind != rules::ApiKind::Variable)
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = E;
    M.Subject = "read of '" + D->getName().str() + "'";
    Out.push_back(std::move(M));
  }
}

/// Where a literal is written into something: the call, message or
/// constructor it is an argument of (one returning nothing or an object),
/// or the literal itself when it is assigned or initialises a member; null
/// where it is compared, measured or looked up ("Set-Cookie" as a header
/// name set, not read).
static const Expr *writtenAt(ASTContext &Ctx, const Expr *E) {
  const Expr *Child = E;
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Child);
    if (Parents.empty())
      return nullptr;
    const Expr *P = Parents[0].get<Expr>();
    if (!P)
      return nullptr; // A variable's initialiser, a statement: not a write.
    if (isa<ImplicitCastExpr, ParenExpr, ExplicitCastExpr, ObjCStringLiteral,
            MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            AbstractConditionalOperator>(P)) {
      Child = P;
      continue;
    }
    auto Writes = [](QualType T) {
      T = T.getCanonicalType();
      return T->isVoidType() || T->isRecordType() || T->isReferenceType();
    };
    if (const auto *Call = dyn_cast<CallExpr>(P))
      return Call->getCallee() != Child && Writes(Call->getCallReturnType(Ctx))
                 ? Call
                 : nullptr;
    if (const auto *Msg = dyn_cast<ObjCMessageExpr>(P))
      return Writes(Msg->getType()) ? Msg : nullptr;
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(P);
        Ctor && !isa<CXXTemporaryObjectExpr>(Ctor) && Ctor->getNumArgs() &&
        (Ctor->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(Ctor->getArg(1)))) {
      Child = P; // A conversion (std::string from the literal): look on.
      continue;
    }
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(P))
      return Ctor->getConstructor() &&
                     !Ctor->getConstructor()->isCopyOrMoveConstructor()
                 ? Ctor
                 : nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return BO->isAssignmentOp() && BO->getRHS() == Child ? E : nullptr;
    if (isa<InitListExpr>(P))
      return E;
    return nullptr;
  }
  return nullptr;
}

/// Whether a literal is only compared with something (a test asserting
/// `out == "Set-Cookie: a=b"`): an operand of a comparison, or an argument
/// of a call or operator that returns a truth value.
static bool onlyCompared(ASTContext &Ctx, const Expr *E) {
  const Expr *Child = E;
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Child);
    if (Parents.empty())
      return false;
    const Expr *P = Parents[0].get<Expr>();
    if (!P)
      return false;
    if (isa<ImplicitCastExpr, ParenExpr, ExplicitCastExpr, ObjCStringLiteral,
            MaterializeTemporaryExpr, CXXBindTemporaryExpr, CXXConstructExpr>(
            P)) {
      Child = P;
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return BO->isComparisonOp();
    if (const auto *Call = dyn_cast<CallExpr>(P)) {
      if (Call->getCallee() == Child)
        return false;
      QualType R = Call->getCallReturnType(Ctx);
      if (R->isBooleanType())
        return true;
      // out.compare("...") == 0, strcmp(out, "...") != 0.
      if (!R->isIntegerType())
        return false;
      DynTypedNodeList Up = Ctx.getParents(*Call);
      const auto *Cmp = Up.empty() ? nullptr : Up[0].get<BinaryOperator>();
      return Cmp && Cmp->isComparisonOp();
    }
    if (const auto *Msg = dyn_cast<ObjCMessageExpr>(P))
      return Msg->getType()->isBooleanType() ||
             Msg->getType()->isSpecificBuiltinType(BuiltinType::SChar);
    return false;
  }
  return false;
}

void ApiMatcher::matchString(const StringLiteral *E,
                             llvm::SmallVectorImpl<ApiMatch> &Out) {
  if (Rules.stringApis().empty() || E->getCharByteWidth() != 1)
    return;
  llvm::StringRef S = E->getString();
  for (const ApiUse &U : Rules.stringApis()) {
    const rules::ApiRef &A = *U.Api;
    bool Hit = false;
    if (!A.StringEquals.empty())
      Hit = S.equals_insensitive(A.StringEquals);
    else {
      // At the start of the literal or of any line in it (header blocks).
      size_t Pos = S.find_insensitive(A.StringPrefix);
      while (Pos != llvm::StringRef::npos && !Hit) {
        Hit = Pos == 0 || S[Pos - 1] == '\n';
        Pos = S.find_insensitive(A.StringPrefix, Pos + 1);
      }
    }
    if (!Hit)
      continue;
    const Expr *At = E;
    if (A.StringWritten ? !(At = writtenAt(Ctx, E)) : onlyCompared(Ctx, E))
      continue;
    ApiMatch M;
    M.Use = &U;
    M.Node = At;
    M.Subject = "string literal";
    if (const auto *Call = dyn_cast<CallExpr>(At))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        M.Subject = "call to '" + FD->getQualifiedNameAsString() + "'";
    Out.push_back(std::move(M));
  }
}

} // namespace consentlint
