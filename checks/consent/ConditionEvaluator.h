//===- ConditionEvaluator.h - What a condition says about consent -*- C++ -*-=//
//
// Evaluates a branch condition to the purposes for which consent is known
// when it is true and when it is false. It understands gate calls and
// property reads, their polarity (!, == false, != Authorized), && and ||,
// status enums compared with their "granted" values, and consent held in
// variables, flags, callback parameters and helper functions (bindings
// computed by the TranslationUnitAnalyzer).
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_CONSENT_CONDITIONEVALUATOR_H
#define CONSENTLINT_CHECKS_CONSENT_CONDITIONEVALUATOR_H

#include "checks/consent/Purposes.h"
#include "checks/match/ApiMatcher.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class ASTContext;
class Decl;
class Expr;
class FunctionDecl;
} // namespace clang

namespace consentlint {

/// Purposes with consent when a condition is true, and when it is false.
struct ConsentFacts {
  PurposeSet WhenTrue = 0;
  PurposeSet WhenFalse = 0;
  bool any() const { return WhenTrue || WhenFalse; }
  ConsentFacts negated() const { return {WhenFalse, WhenTrue}; }
  friend bool operator==(const ConsentFacts &A, const ConsentFacts &B) {
    return A.WhenTrue == B.WhenTrue && A.WhenFalse == B.WhenFalse;
  }
};

/// A value that carries consent: either a status compared with the gate's
/// granted values (Granted set), or a truth value with its facts.
struct ConsentValue {
  const rules::GrantedValue *Granted = nullptr; ///< Non-null: a status.
  /// Non-null: a string of per-purpose '0'/'1' flags (IAB TCF), read by
  /// index: s[N] == '1', [s characterAtIndex:N] == '1'.
  const rules::GateRule *Indexed = nullptr;
  PurposeSet Purposes = 0;                       ///< For a status.
  ConsentFacts Truthy;                           ///< For a truth value.
};

/// What the analyzer learned about the translation unit's own code.
struct ConsentBindings {
  /// Variables, fields, properties, ivars and callback parameters that hold
  /// consent (assigned only from gates, or declared as flags).
  llvm::DenseMap<const clang::Decl *, ConsentValue> Values;
  /// Project functions whose every return is a consent value.
  llvm::DenseMap<const clang::Decl *, ConsentFacts> Helpers;
};

class ConditionEvaluator {
public:
  ConditionEvaluator(ApiMatcher &Matcher, const RuleSet &Rules,
                     const ConsentBindings &Bindings, clang::ASTContext &Ctx)
      : Matcher(Matcher), Rules(Rules), Bindings(Bindings), Ctx(Ctx) {}

  /// The facts of condition \p E.
  ConsentFacts eval(const clang::Expr *E);

  /// The consent value \p E denotes, if any.
  std::optional<ConsentValue> valueOf(const clang::Expr *E);

  /// The gate matches of \p E itself (not its subexpressions).
  void gateMatches(const clang::Expr *E, llvm::SmallVectorImpl<ApiMatch> &Out);

  /// The value a gate match denotes (its purposes resolved from a purpose
  /// argument where the gate takes one).
  ConsentValue fromGate(const ApiMatch &M);

  /// Facts of "Access == Constant" where Access reads one flag of an
  /// indexed consent string; nothing when it is no such read.
  std::optional<ConsentFacts> indexedFlag(const clang::Expr *Access,
                                          const clang::Expr *Constant,
                                          bool Equal);

  /// Facts of \p E used as a value being compared with \p Constant.
  ConsentFacts compare(const ConsentValue &V, const clang::Expr *Constant,
                       bool Equal);

private:
  /// A literal's truth: 1 true, 0 false, -1 not a literal.
  int literalTruth(const clang::Expr *E);
  bool matchesGranted(const rules::GrantedValue &G, const clang::Expr *C);

  ApiMatcher &Matcher;
  const RuleSet &Rules;
  const ConsentBindings &Bindings;
  clang::ASTContext &Ctx;
  unsigned Depth = 0;
};

} // namespace consentlint

#endif
