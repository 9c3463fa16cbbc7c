//===- ApiMatcher.h - Match AST nodes against rule-pack APIs ----*- C++ -*-===//
//
// One matcher serves every check and the gate recogniser: it looks up the
// node's simple name in the RuleSet index, then confirms the qualified name,
// class hierarchy, selector kind and argument constraints.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_MATCH_APIMATCHER_H
#define CONSENTLINT_CHECKS_MATCH_APIMATCHER_H

#include "checks/match/RuleSet.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class CXXConstructExpr;
class Decl;
class DeclRefExpr;
class Expr;
class FunctionDecl;
class MemberExpr;
class NamedDecl;
class ObjCIvarRefExpr;
class ObjCMessageExpr;
class ObjCPropertyRefExpr;
class StringLiteral;
} // namespace clang

namespace consentlint {

struct ApiMatch {
  const ApiUse *Use = nullptr;
  const clang::Expr *Node = nullptr;
  llvm::SmallVector<const clang::Expr *, 4> Args;
  std::string Subject; ///< "call to 'ns::f'", "message '+[C sel]'".
};

class ApiMatcher {
public:
  ApiMatcher(const RuleSet &Rules, clang::ASTContext &Ctx)
      : Rules(Rules), Ctx(Ctx) {}

  /// Each appends the APIs \p E matches (sinks and gates alike).
  void matchCall(const clang::CallExpr *E, llvm::SmallVectorImpl<ApiMatch> &Out);
  /// A printf-like function named like a logger (`format-function` APIs).
  void matchFormatFunction(const clang::CallExpr *E, const clang::FunctionDecl *FD,
                           llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchConstruct(const clang::CXXConstructExpr *E,
                      llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchMessage(const clang::ObjCMessageExpr *E,
                    llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchProperty(const clang::ObjCPropertyRefExpr *E,
                     llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchMember(const clang::MemberExpr *E,
                   llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchDeclRef(const clang::DeclRefExpr *E,
                    llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchIvar(const clang::ObjCIvarRefExpr *E,
                 llvm::SmallVectorImpl<ApiMatch> &Out);
  void matchString(const clang::StringLiteral *E,
                   llvm::SmallVectorImpl<ApiMatch> &Out);

  /// Whether \p D (or a method it overrides, or a class it derives from)
  /// has the qualified name \p Pattern.
  bool declMatches(const clang::NamedDecl *D, llvm::StringRef Pattern);
  /// "ns::Class::name", without inline namespaces (cached).
  const std::string &qualifiedName(const clang::NamedDecl *D);

private:
  bool argsMatch(const rules::ApiRef &Api,
                 llvm::ArrayRef<const clang::Expr *> Args);
  bool functionMatches(const clang::FunctionDecl *FD, llvm::StringRef Pattern,
                       llvm::ArrayRef<std::string> Except = {});

  const RuleSet &Rules;
  clang::ASTContext &Ctx;
  /// Node-based: callers hold references while asking for more names.
  std::map<const clang::Decl *, std::string> NameCache;
};

} // namespace consentlint

#endif
