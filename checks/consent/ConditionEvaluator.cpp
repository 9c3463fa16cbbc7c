//===- ConditionEvaluator.cpp - What a condition says about consent -------===//

#include "checks/consent/ConditionEvaluator.h"
#include "clang/Lex/Lexer.h"
#include "checks/match/ExprValues.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include <algorithm>
#include <iterator>

using namespace clang;

namespace consentlint {

AtomSet uniteAtoms(const AtomSet &A, const AtomSet &B) {
  AtomSet Out;
  std::set_union(A.begin(), A.end(), B.begin(), B.end(), std::back_inserter(Out));
  return Out;
}

AtomSet intersectAtoms(const AtomSet &A, const AtomSet &B) {
  AtomSet Out;
  std::set_intersection(A.begin(), A.end(), B.begin(), B.end(),
                        std::back_inserter(Out));
  return Out;
}

/// a && b: both held; a || b: one of them did.
static ConsentFacts bothOf(const ConsentFacts &A, const ConsentFacts &B) {
  return {A.WhenTrue | B.WhenTrue, A.WhenFalse & B.WhenFalse,
          uniteAtoms(A.TrueAtoms, B.TrueAtoms),
          intersectAtoms(A.FalseAtoms, B.FalseAtoms)};
}
static ConsentFacts eitherOf(const ConsentFacts &A, const ConsentFacts &B) {
  return bothOf(A.negated(), B.negated()).negated();
}

static const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    if (const auto *POE = dyn_cast<PseudoObjectExpr>(E))
      E = POE->getSyntacticForm();
    if (const auto *OVE = dyn_cast<OpaqueValueExpr>(E))
      if (OVE->getSourceExpr())
        E = OVE->getSourceExpr();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BTE->getSubExpr();
    if (const auto *CE = dyn_cast<ExplicitCastExpr>(E))
      E = CE->getSubExpr();
    // Copies and moves of a consent value (std::string s = consents();).
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E))
      if (Ctor->getNumArgs() == 1 &&
          (Ctor->getConstructor()->isCopyOrMoveConstructor()))
        E = Ctor->getArg(0);
    if (E == Prev)
      return E;
  }
  return E;
}

void ConditionEvaluator::gateMatches(const Expr *E,
                                     llvm::SmallVectorImpl<ApiMatch> &Out) {
  llvm::SmallVector<ApiMatch, 2> All;
  E = strip(E);
  if (const auto *CE = dyn_cast<CallExpr>(E))
    Matcher.matchCall(CE, All);
  else if (const auto *ME = dyn_cast<ObjCMessageExpr>(E))
    Matcher.matchMessage(ME, All);
  else if (const auto *PE = dyn_cast<ObjCPropertyRefExpr>(E))
    Matcher.matchProperty(PE, All);
  else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    Matcher.matchDeclRef(DRE, All);
  else if (const auto *Mem = dyn_cast<MemberExpr>(E))
    Matcher.matchMember(Mem, All);
  else if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E))
    Matcher.matchIvar(IV, All);
  for (ApiMatch &M : All)
    if (M.Use->Gate)
      Out.push_back(std::move(M));
}

ConsentValue ConditionEvaluator::fromGate(const ApiMatch &M) {
  const rules::GateRule &G = *M.Use->Gate;
  PurposeSet P = M.Use->Purposes;
  if (G.PurposeArg) {
    // hasConsent(Purpose::Ads), consent.granted("analytics").
    P = 0;
    if (*G.PurposeArg < M.Args.size()) {
      const Expr *A = M.Args[*G.PurposeArg];
      if (const NamedDecl *En = enumeratorOf(A))
        P = Rules.purposesForValue(G, En->getQualifiedNameAsString());
      else if (auto S = stringValue(A))
        P = Rules.purposesForValue(G, *S);
    }
  }
  return gateValue(G, P);
}

ConsentValue gateValue(const rules::GateRule &G, PurposeSet P) {
  ConsentValue V;
  if (!G.IndexPurposes.empty()) {
    V.Indexed = &G;
    V.Purposes = P;
    return V;
  }
  const auto &Eq = G.Granted.Equals;
  if (Eq.size() == 1 && (Eq[0] == "true" || Eq[0] == "false")) {
    // Boolean gates whose "false" means granted (gdprApplies-style
    // not-required predicates).
    V.Truthy = Eq[0] == "true" ? ConsentFacts{P, 0} : ConsentFacts{0, P};
  } else if (!Eq.empty()) {
    V.Granted = &G.Granted;
    V.Purposes = P;
  } else {
    V.Truthy = {P, 0};
  }
  return V;
}

std::optional<ConsentValue> ConditionEvaluator::valueOf(const Expr *E) {
  E = strip(E);
  if (!E || Depth > 8)
    return std::nullopt;
  llvm::SmallVector<ApiMatch, 2> Gates;
  gateMatches(E, Gates);
  if (!Gates.empty()) {
    ConsentValue V = fromGate(Gates.front());
    for (size_t I = 1; I < Gates.size(); ++I) {
      ConsentValue W = fromGate(Gates[I]);
      V.Truthy.WhenTrue |= W.Truthy.WhenTrue;
      V.Truthy.WhenFalse |= W.Truthy.WhenFalse;
      V.Purposes |= W.Purposes;
    }
    return V;
  }
  const Decl *D = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    D = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    D = ME->getMemberDecl();
  else if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E))
    D = IV->getDecl();
  else if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E)) {
    if (PR->isExplicitProperty())
      D = PR->getExplicitProperty();
  } else if (const auto *CE = dyn_cast<CallExpr>(E)) {
    D = CE->getDirectCallee(); // A helper of the project's.
  } else if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
    D = ME->getMethodDecl();
  }
  if (D && (isa<FunctionDecl>(D) || isa<ObjCMethodDecl>(D))) {
    auto It = Bindings.Helpers.find(D->getCanonicalDecl());
    if (It != Bindings.Helpers.end()) {
      ConsentValue V;
      V.Truthy = It->second;
      return V;
    }
  }
  if (D) {
    auto It = Bindings.Values.find(D->getCanonicalDecl());
    if (It != Bindings.Values.end())
      return It->second;
  }
  return inferredFromName(E);
}

/// The words that name what a condition reads: the flag or member itself
/// (`enable_telemetry` of `Settings::values.enable_telemetry`), a helper's
/// qualified name (`Reporting::IsEnabled`), a getter with its key
/// (`Config::Get(Config::MAIN_ANALYTICS_ENABLED)`), a selector or property
/// — never the receiver it is asked of (`ConsentManager.shared`).
std::string ConditionEvaluator::choiceName(const Expr *E) {
  E = strip(E);
  if (!E)
    return {};
  auto Qualified = [&](const NamedDecl *D) {
    return D ? Matcher.qualifiedName(D) : std::string();
  };
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return Qualified(DRE->getDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl()->getNameAsString();
  if (const auto *IV = dyn_cast<ObjCIvarRefExpr>(E))
    return IV->getDecl()->getNameAsString();
  if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E))
    return PR->isExplicitProperty()
               ? PR->getExplicitProperty()->getNameAsString()
               : PR->getGetterSelector().getAsString();
  if (const auto *OM = dyn_cast<ObjCMessageExpr>(E))
    return OM->getSelector().getAsString();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD)
      return {};
    // A conversion (BoolSetting::operator bool) reads its object.
    if (isa<CXXConversionDecl>(MD))
      return choiceName(MC->getImplicitObjectArgument());
    std::string Out = MD->getNameAsString();
    // `SendAnonymousUsageInfo->Read()`: a setting object named after the
    // choice, read through a generic accessor.
    if (const auto *Obj = dyn_cast_or_null<DeclRefExpr>(
            strip(MC->getImplicitObjectArgument())))
      Out = Obj->getDecl()->getNameAsString() + "." + Out;
    for (const Expr *A : MC->arguments())
      if (const auto *AR = dyn_cast<DeclRefExpr>(strip(A)))
        Out += " " + Qualified(AR->getDecl());
    return Out;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return {};
    std::string Out = Qualified(FD);
    for (const Expr *A : CE->arguments())
      if (const auto *AR = dyn_cast<DeclRefExpr>(strip(A)))
        Out += " " + Qualified(AR->getDecl());
    return Out;
  }
  return {};
}

/// A flag or helper of the project's whose spelling reads as the user's
/// choice (`Settings::values.enable_telemetry`, `Pgm().IsSentryOptedIn()`,
/// `Config::Get(Config::MAIN_ANALYTICS_ENABLED)`): projects gate with their
/// own names long before they declare them to a linter.
std::optional<ConsentValue> ConditionEvaluator::inferredFromName(const Expr *E) {
  QualType T = E->getType();
  if (T.isNull() || T->isEnumeralType() ||
      !(isTruthType(T) || T->isIntegerType()))
    return std::nullopt;
  std::string Text = choiceName(E);
  if (Text.empty())
    return std::nullopt;
  std::optional<ConsentNameClass> C = Rules.classifyConsentName(Text);
  if (!C)
    return std::nullopt;
  ConsentValue V;
  V.Truthy = C->Refused ? ConsentFacts{0, C->Purposes}
                        : ConsentFacts{C->Purposes, 0};
  return V;
}

bool isTruthType(QualType T) {
  return !T.isNull() &&
         (T->isBooleanType() || T->isSpecificBuiltinType(BuiltinType::SChar));
}

Atom ConditionEvaluator::atomFor(const Decl *D) {
  D = D->getCanonicalDecl();
  auto It = AtomIds.find(D);
  if (It != AtomIds.end())
    return It->second;
  // A helper is named by its USR; a parameter by its function's USR and
  // its position ("<usr>@param<N>"), which callers fill in at link time.
  const Decl *Named = D;
  std::string Suffix;
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    Named = dyn_cast<Decl>(P->getDeclContext());
    Suffix = "@param" + std::to_string(P->getFunctionScopeIndex());
  }
  llvm::SmallString<128> USR;
  if (!Named || index::generateUSRForDecl(Named, USR))
    return AtomIds[D] = ~Atom(0);
  Atom Id = static_cast<Atom>(AtomNames.size()) << 1;
  AtomNames.push_back(std::string(USR) + Suffix);
  return AtomIds[D] = Id;
}

std::optional<ConsentFacts>
ConditionEvaluator::parameterOutcome(const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(strip(E));
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  // Parameters of functions and methods; blocks and lambdas get their
  // context from where they are created instead.
  if (!P || !isTruthType(P->getType()) ||
      !(isa<FunctionDecl>(P->getDeclContext()) ||
        isa<ObjCMethodDecl>(P->getDeclContext())))
    return std::nullopt;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(P->getDeclContext()))
    if (MD->getParent()->isLambda())
      return std::nullopt;
  return outcomeOf(P);
}

std::optional<ConsentFacts> ConditionEvaluator::externalFlag(const Expr *E) {
  // A global truth value this unit reads but never sets: another unit may
  // set it only from a consent check (extern bool g_analyticsAllowed;).
  const auto *DRE = dyn_cast<DeclRefExpr>(strip(E));
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasGlobalStorage() || VD->isStaticLocal() ||
      !VD->isExternallyVisible() || !isTruthType(VD->getType()))
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(VD->getLocation())))
    return std::nullopt;
  return outcomeOf(VD);
}

std::optional<ConsentFacts> ConditionEvaluator::outcomeOf(const Decl *D) {
  Atom A = atomFor(D);
  if (A == ~Atom(0))
    return std::nullopt;
  ConsentFacts F;
  F.TrueAtoms = {A | 1};
  F.FalseAtoms = {A};
  return F;
}

bool ConditionEvaluator::isExternalHelper(const Decl *D) const {
  // Only argument-less project helpers returning a truth value qualify:
  // canRequestAds(), +[ConsentManager analyticsAllowed].
  QualType R;
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    if (FD->hasBody() || FD->getNumParams() != 0)
      return false;
    R = FD->getReturnType();
  } else if (const auto *MD = dyn_cast<ObjCMethodDecl>(D)) {
    if (MD->hasBody() || MD->param_size() != 0)
      return false;
    R = MD->getReturnType();
  } else {
    return false;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  return isTruthType(R) &&
         !SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
}

std::optional<ConsentFacts> ConditionEvaluator::externalHelper(const Expr *E) {
  E = strip(E);
  const Decl *Callee = nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(E))
    Callee = CE->getDirectCallee();
  else if (const auto *ME = dyn_cast<ObjCMessageExpr>(E))
    Callee = ME->getMethodDecl();
  else if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E))
    if (PR->isMessagingGetter())
      Callee = PR->isExplicitProperty()
                   ? PR->getExplicitProperty()->getGetterMethodDecl()
                   : PR->getImplicitPropertyGetter();
  if (!Callee || !isExternalHelper(Callee))
    return std::nullopt;
  return outcomeOf(Callee);
}

int ConditionEvaluator::literalTruth(const Expr *E) {
  E = strip(E);
  if (!E || E->isValueDependent())
    return -1;
  if (isa<CXXBoolLiteralExpr>(E) || isa<ObjCBoolLiteralExpr>(E) ||
      isa<IntegerLiteral>(E) || isa<CXXNullPtrLiteralExpr>(E) ||
      isa<GNUNullExpr>(E)) {
    bool V;
    if (E->EvaluateAsBooleanCondition(V, Ctx))
      return V ? 1 : 0;
  }
  return -1;
}

bool ConditionEvaluator::matchesGranted(const rules::GrantedValue &G,
                                        const Expr *C) {
  C = strip(C);
  if (const NamedDecl *En = enumeratorOf(C)) {
    std::string Q = En->getQualifiedNameAsString();
    for (const std::string &W : G.Equals)
      if (En->getName() == W || Q == W || simpleName(W) == En->getName())
        return true;
    return false;
  }
  // A string: a consent cookie's value ("yes", "accepted"), compared as
  // written, case-insensitively.
  if (std::optional<std::string> S = stringValue(C)) {
    for (const std::string &W : G.Equals)
      if (llvm::StringRef(*S).trim().equals_insensitive(W))
        return true;
    return false;
  }
  Expr::EvalResult R;
  if (!C->isValueDependent() && C->EvaluateAsInt(R, Ctx)) {
    std::string V = std::to_string(R.Val.getInt().getExtValue());
    for (const std::string &W : G.Equals)
      if (W == V)
        return true;
  }
  return false;
}

std::optional<ConsentFacts>
ConditionEvaluator::indexedFlag(const Expr *Access, const Expr *Constant,
                                bool Equal) {
  Access = strip(Access);
  const Expr *Base = nullptr, *Index = nullptr;
  if (const auto *Msg = dyn_cast<ObjCMessageExpr>(Access)) {
    if (Msg->getSelector().getAsString() == "characterAtIndex:" &&
        Msg->getNumArgs() == 1 && Msg->getInstanceReceiver()) {
      Base = Msg->getInstanceReceiver();
      Index = Msg->getArg(0);
    }
  } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Access)) {
    Base = AS->getBase();
    Index = AS->getIdx();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Access)) {
    if (Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2) {
      Base = Op->getArg(0);
      Index = Op->getArg(1);
    }
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Access)) {
    if (MC->getMethodDecl() && MC->getMethodDecl()->getName() == "at" &&
        MC->getNumArgs() == 1) {
      Base = MC->getImplicitObjectArgument();
      Index = MC->getArg(0);
    }
  }
  if (!Base || !Index)
    return std::nullopt;
  std::optional<ConsentValue> V = valueOf(Base);
  if (!V || !V->Indexed)
    return std::nullopt;
  Expr::EvalResult IR, CR;
  if (Index->isValueDependent() || !Index->EvaluateAsInt(IR, Ctx))
    return ConsentFacts(); // An index we cannot read: no facts.
  const Expr *C = strip(Constant);
  if (C->isValueDependent() || !C->EvaluateAsInt(CR, Ctx))
    return ConsentFacts();
  int64_t Char = CR.Val.getInt().getExtValue();
  auto It = V->Indexed->IndexPurposes.find(
      static_cast<unsigned>(IR.Val.getInt().getExtValue()));
  if (It == V->Indexed->IndexPurposes.end() || (Char != '1' && Char != '0'))
    return ConsentFacts();
  PurposeSet P = 0;
  for (const std::string &Name : It->second)
    P |= Rules.purposes().lookup(Name);
  // s[N] == '1' grants when true; s[N] == '0' and s[N] != '1' when false.
  bool GrantsWhenTrue = (Char == '1') == Equal;
  return GrantsWhenTrue ? ConsentFacts{P, 0} : ConsentFacts{0, P};
}

ConsentFacts ConditionEvaluator::compare(const ConsentValue &V,
                                         const Expr *Constant, bool Equal) {
  if (V.Granted) {
    // status == Authorized: true means granted. status != Authorized:
    // false means granted. Comparing with Denied says nothing either way.
    if (!matchesGranted(*V.Granted, Constant))
      return {};
    return Equal ? ConsentFacts{V.Purposes, 0} : ConsentFacts{0, V.Purposes};
  }
  int Truth = literalTruth(Constant);
  if (Truth < 0)
    return {};
  // ok == true, ok != false: as ok. ok == false, ok != true: as !ok.
  bool Same = (Truth == 1) == Equal;
  return Same ? V.Truthy : V.Truthy.negated();
}

ConsentFacts ConditionEvaluator::eval(const Expr *E) {
  E = strip(E);
  if (!E || Depth > 16)
    return {};
  ++Depth;
  struct Leave {
    unsigned &D;
    ~Leave() { --D; }
  } L{Depth};

  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_LNot)
      return eval(U->getSubExpr()).negated();
  if (const auto *B = dyn_cast<BinaryOperator>(E)) {
    switch (B->getOpcode()) {
    case BO_LAnd:
      return bothOf(eval(B->getLHS()), eval(B->getRHS()));
    case BO_LOr:
      return eitherOf(eval(B->getLHS()), eval(B->getRHS()));
    case BO_EQ:
    case BO_NE: {
      bool Equal = B->getOpcode() == BO_EQ;
      if (auto F = indexedFlag(B->getLHS(), B->getRHS(), Equal))
        return *F;
      if (auto F = indexedFlag(B->getRHS(), B->getLHS(), Equal))
        return *F;
      if (auto V = valueOf(B->getLHS()))
        return compare(*V, B->getRHS(), Equal);
      if (auto V = valueOf(B->getRHS()))
        return compare(*V, B->getLHS(), Equal);
      return {};
    }
    case BO_Comma:
      return eval(B->getRHS());
    case BO_Assign:
      // if ((ok = gate())): the value assigned.
      return eval(B->getRHS());
    default:
      return {};
    }
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    // Overloaded == on status classes compares like the built-in one.
    if ((Op->getOperator() == OO_EqualEqual ||
         Op->getOperator() == OO_ExclaimEqual) &&
        Op->getNumArgs() == 2) {
      bool Equal = Op->getOperator() == OO_EqualEqual;
      if (auto V = valueOf(Op->getArg(0)))
        return compare(*V, Op->getArg(1), Equal);
      if (auto V = valueOf(Op->getArg(1)))
        return compare(*V, Op->getArg(0), Equal);
    }
    if (Op->getOperator() == OO_Exclaim && Op->getNumArgs() == 1)
      return eval(Op->getArg(0)).negated();
  }
  if (const auto *C = dyn_cast<ConditionalOperator>(E)) {
    // c ? a : b holds when (c && a) || (!c && b).
    ConsentFacts Cond = eval(C->getCond()), A = eval(C->getTrueExpr()),
                 Bv = eval(C->getFalseExpr());
    return eitherOf(bothOf(Cond, A), bothOf(Cond.negated(), Bv));
  }
  if (auto V = valueOf(E))
    if (!V->Granted)
      return V->Truthy;
  if (auto F = externalHelper(E))
    return *F;
  if (auto F = parameterOutcome(E))
    return *F;
  if (auto F = externalFlag(E))
    return *F;
  // A constant: the impossible outcome knows everything (c ? true : false).
  int Truth = literalTruth(E);
  if (Truth == 1)
    return {0, AllPurposes};
  if (Truth == 0)
    return {AllPurposes, 0};
  return {};
}

} // namespace consentlint
