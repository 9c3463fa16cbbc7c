//===- ExprValues.cpp - Constant strings behind an expression -------------===//

#include "checks/match/ExprValues.h"
#include "llvm/ADT/StringExtras.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace consentlint {

const Expr *stripValueWrappers(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BTE->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    else if (const auto *CE = dyn_cast<CStyleCastExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXStaticCastExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E)) {
      // std::string("x"), QString("x"), copies and moves: look through.
      if (!isa<CXXTemporaryObjectExpr>(Ctor) && Ctor->getNumArgs() >= 1 &&
          (Ctor->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(Ctor->getArg(1))))
        E = Ctor->getArg(0);
    } else if (const auto *Box = dyn_cast<ObjCBoxedExpr>(E))
      E = Box->getSubExpr();
    if (E == Prev)
      return E;
  }
  return E;
}

std::optional<std::string> stringValue(const Expr *E) {
  for (int Depth = 0; E && Depth < 6; ++Depth) {
    E = stripValueWrappers(E);
    if (const auto *SL = dyn_cast<StringLiteral>(E)) {
      if (SL->getCharByteWidth() == 1)
        return SL->getString().str();
      return std::nullopt;
    }
    if (const auto *OS = dyn_cast<ObjCStringLiteral>(E))
      return OS->getString()->getString().str();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || !VD->getInit())
        return std::nullopt;
      // Named constants: const or constexpr variables, and pointers to
      // const char initialised once.
      QualType T = VD->getType();
      bool Const = T.isConstQualified() || VD->isConstexpr() ||
                   (T->isPointerType() && T->getPointeeType().isConstQualified());
      if (!Const)
        return std::nullopt;
      E = VD->getInit();
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      // A string class built from a literal with extra defaulted arguments.
      if (CE->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(CE)) {
        E = CE->getArg(0);
        continue;
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

const NamedDecl *enumeratorOf(const Expr *E) {
  E = stripValueWrappers(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      return DRE->getDecl();
  return nullptr;
}

bool spelledAsMacro(const Expr *E, llvm::StringRef Name, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = E->getBeginLoc();
  for (int Depth = 0; Loc.isMacroID() && Depth < 16; ++Depth) {
    if (Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts()) == Name)
      return true;
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return false;
}

bool isCookieDeletion(llvm::StringRef V) {
  llvm::SmallVector<llvm::StringRef, 8> Attrs;
  V.split(Attrs, ';');
  for (size_t I = 1; I < Attrs.size(); ++I) { // Attribute 0 is name=value.
    llvm::StringRef Key, Val;
    std::tie(Key, Val) = Attrs[I].split('=');
    Key = Key.trim();
    Val = Val.trim();
    if (Key.equals_insensitive("max-age")) {
      long long Age = 1;
      if (!Val.getAsInteger(10, Age) && Age <= 0)
        return true;
    } else if (Key.equals_insensitive("expires")) {
      // A date in the past: any year before 2000 (the epoch, by convention).
      for (size_t P = 0; P + 4 <= Val.size(); ++P) {
        unsigned Year = 0;
        if (!Val.substr(P, 4).getAsInteger(10, Year) && Year >= 1900 &&
            (P + 4 == Val.size() || !llvm::isDigit(Val[P + 4])) &&
            (P == 0 || !llvm::isDigit(Val[P - 1])))
          return Year < 2000;
      }
    }
  }
  return false;
}

std::string cookieNameFromHeader(llvm::StringRef V) {
  V = V.trim();
  if (V.starts_with_insensitive("set-cookie:"))
    V = V.drop_front(11).trim();
  // Netscape cookie-file line: domain, flag, path, secure, expiry, name, value.
  if (V.count('\t') >= 6) {
    llvm::SmallVector<llvm::StringRef, 8> Fields;
    V.split(Fields, '\t');
    return Fields[5].trim().str();
  }
  size_t Eq = V.find('=');
  if (Eq == llvm::StringRef::npos)
    return V.str();
  return V.take_front(Eq).trim().str();
}

/// Follows a variable to its initialiser (cookie objects built on a line of
/// their own before being added).
static const Expr *initOf(const Expr *E) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getInit() && !VD->hasGlobalStorage())
        return VD->getInit();
  return nullptr;
}

std::optional<std::string> cookieNameOf(const Expr *E) {
  for (int Depth = 0; E && Depth < 6; ++Depth) {
    if (auto S = stringValue(E))
      return cookieNameFromHeader(*S);
    E = stripValueWrappers(E);
    if (const Expr *Init = initOf(E)) {
      E = Init;
      continue;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() == 0)
        return std::nullopt;
      E = CE->getArg(0);
      continue;
    }
    if (const auto *Msg = dyn_cast<ObjCMessageExpr>(E)) {
      if (Msg->getNumArgs() == 0)
        return std::nullopt;
      E = Msg->getArg(0);
      continue;
    }
    if (const auto *Dict = dyn_cast<ObjCDictionaryLiteral>(E)) {
      for (unsigned I = 0; I < Dict->getNumElements(); ++I) {
        ObjCDictionaryElement El = Dict->getKeyValueElement(I);
        const Expr *K = stripValueWrappers(El.Key);
        if (const auto *DRE = dyn_cast<DeclRefExpr>(K))
          if (DRE->getDecl()->getName() == "NSHTTPCookieName")
            return stringValue(El.Value);
        if (auto KS = stringValue(El.Key))
          if (llvm::StringRef(*KS).equals_insensitive("name"))
            return stringValue(El.Value);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

/// Messages and methods whose result is a verdict about their receiver or
/// argument: a value that only reaches them is compared, not kept.
static bool isComparison(llvm::StringRef Name) {
  static const char *const Names[] = {
      "compare:", "compare:options:", "isEqualToString:", "isEqual:",
      "hasPrefix:", "hasSuffix:", "containsString:", "compare", "starts_with",
      "ends_with", "find", "isNull", "isEmpty", "startsWith", "endsWith",
      "contains", "empty", "length", "count", "size"};
  return llvm::is_contained(Names, Name);
}

/// Conversions that carry the value on unchanged ("[idfv UUIDString]",
/// "version.floatValue"): what happens to their result happens to it.
static bool isConversion(llvm::StringRef Name) {
  static const char *const Names[] = {
      "floatValue", "doubleValue", "intValue", "integerValue", "boolValue",
      "UUIDString", "stringValue", "description", "toString", "c_str", "str",
      "data", "UTF8String"};
  return llvm::is_contained(Names, Name);
}

bool onlyDecides(const Expr *E, ASTContext &Ctx) {
  const Expr *Cur = E;
  for (int Depth = 0; Cur && Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(*Cur);
    if (Parents.size() != 1)
      return false;
    const DynTypedNode &P = Parents[0];
    if (const auto *BO = P.get<BinaryOperator>())
      return BO->isComparisonOp() || BO->isLogicalOp();
    if (const auto *UO = P.get<UnaryOperator>())
      return UO->getOpcode() == UO_LNot;
    if (const auto *IS = P.get<IfStmt>())
      return IS->getCond() == Cur;
    if (const auto *WS = P.get<WhileStmt>())
      return WS->getCond() == Cur;
    if (const auto *CO = P.get<ConditionalOperator>())
      return CO->getCond() == Cur;
    if (const auto *OC = P.get<CXXOperatorCallExpr>())
      return OC->isComparisonOp();
    if (const auto *ME = P.get<ObjCMessageExpr>()) {
      std::string Sel = ME->getSelector().getAsString();
      if (isComparison(Sel))
        return true; // Receiver or argument: either way compared.
      if (ME->getInstanceReceiver() != Cur || !isConversion(Sel))
        return false;
      Cur = ME;
      continue;
    }
    if (const auto *PR = P.get<ObjCPropertyRefExpr>()) {
      std::string Name = PR->isExplicitProperty()
                             ? PR->getExplicitProperty()->getNameAsString()
                             : PR->getGetterSelector().getAsString();
      if (isComparison(Name))
        return true;
      if (!isConversion(Name))
        return false;
      Cur = PR;
      continue;
    }
    if (const auto *Mem = P.get<MemberExpr>()) {
      llvm::StringRef Name = Mem->getMemberDecl()->getName();
      if (isComparison(Name))
        return true;
      if (!isConversion(Name))
        return false;
      Cur = Mem;
      continue;
    }
    if (const auto *CE = P.get<CallExpr>(); CE && !isa<CXXMemberCallExpr>(CE))
      if (const FunctionDecl *FD = CE->getDirectCallee())
        if (FD->getIdentifier() &&
            llvm::is_contained({"strcmp", "strncmp", "strcasecmp",
                                "strncasecmp", "memcmp", "strlen"},
                               FD->getName()))
          return true;
    if (const auto *Call = P.get<CXXMemberCallExpr>()) {
      Cur = Call; // The call of a comparing accessor reached above.
      continue;
    }
    if (P.get<ImplicitCastExpr>() || P.get<ParenExpr>() ||
        P.get<PseudoObjectExpr>() || P.get<OpaqueValueExpr>() ||
        P.get<ExprWithCleanups>() || P.get<MaterializeTemporaryExpr>() ||
        P.get<CXXBindTemporaryExpr>()) {
      Cur = P.get<Expr>();
      continue;
    }
    return false;
  }
  return false;
}

} // namespace consentlint
