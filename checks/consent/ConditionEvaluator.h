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
class QualType;
} // namespace clang

namespace consentlint {

/// An outcome of a project helper defined in another translation unit:
/// (atom id << 1) | (1 when the helper returned true). Its consent is known
/// only when the units are linked.
using Atom = uint32_t;
/// A sorted set of atoms.
using AtomSet = llvm::SmallVector<Atom, 2>;
AtomSet uniteAtoms(const AtomSet &A, const AtomSet &B);
AtomSet intersectAtoms(const AtomSet &A, const AtomSet &B);

/// Purposes with consent when a condition is true, and when it is false,
/// plus outcomes of helpers of other units resolved at link time.
struct ConsentFacts {
  PurposeSet WhenTrue = 0;
  PurposeSet WhenFalse = 0;
  AtomSet TrueAtoms, FalseAtoms;
  /// Whether the facts say something about consent known in this unit.
  bool any() const { return WhenTrue || WhenFalse; }
  bool anyAtoms() const { return !TrueAtoms.empty() || !FalseAtoms.empty(); }
  ConsentFacts negated() const {
    return {WhenFalse, WhenTrue, FalseAtoms, TrueAtoms};
  }
  friend bool operator==(const ConsentFacts &A, const ConsentFacts &B) {
    return A.WhenTrue == B.WhenTrue && A.WhenFalse == B.WhenFalse &&
           A.TrueAtoms == B.TrueAtoms && A.FalseAtoms == B.FalseAtoms;
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

/// The value a gate holds for purposes \p P: a status compared with its
/// granted values, a truth value (whose false may mean granted), or a
/// string of per-purpose flags.
ConsentValue gateValue(const rules::GateRule &G, PurposeSet P);

/// A type that holds a truth value a consent check can return: bool, and
/// Objective-C's BOOL (signed char).
bool isTruthType(clang::QualType T);

class ConditionEvaluator {
public:
  ConditionEvaluator(ApiMatcher &Matcher, const RuleSet &Rules,
                     const ConsentBindings &Bindings, clang::ASTContext &Ctx)
      : Matcher(Matcher), Rules(Rules), Bindings(Bindings), Ctx(Ctx) {}

  /// The facts of condition \p E.
  ConsentFacts eval(const clang::Expr *E);

  /// The consent value \p E denotes, if any.
  std::optional<ConsentValue> valueOf(const clang::Expr *E);

  /// A project function or method this unit calls but does not define,
  /// without arguments and returning a truth value: possibly a consent
  /// helper of another unit, resolved when units are linked.
  bool isExternalHelper(const clang::Decl *D) const;

  /// Names of atoms ("<USR>" of the helper), indexed by id >> 1.
  const std::vector<std::string> &atomNames() const { return AtomNames; }

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
  std::optional<ConsentValue> inferredFromName(const clang::Expr *E);
  std::string choiceName(const clang::Expr *E);
  /// A literal's truth: 1 true, 0 false, -1 not a literal.
  int literalTruth(const clang::Expr *E);
  bool matchesGranted(const rules::GrantedValue &G, const clang::Expr *C);

  /// A call of a project function or method returning a truth value whose
  /// body this unit does not have: its outcome as atoms.
  std::optional<ConsentFacts> externalHelper(const clang::Expr *E);
  /// A truth-valued parameter of the function being analysed: what it
  /// says is known once its callers' arguments are linked.
  std::optional<ConsentFacts> parameterOutcome(const clang::Expr *E);
  /// A global truth value this unit does not set: what it says is known
  /// once the unit that sets it is linked.
  std::optional<ConsentFacts> externalFlag(const clang::Expr *E);
  Atom atomFor(const clang::Decl *D);
  /// The facts "\p D returned / was true" and "... false", as atoms.
  std::optional<ConsentFacts> outcomeOf(const clang::Decl *D);

  ApiMatcher &Matcher;
  const RuleSet &Rules;
  const ConsentBindings &Bindings;
  clang::ASTContext &Ctx;
  unsigned Depth = 0;
  std::vector<std::string> AtomNames;
  llvm::DenseMap<const clang::Decl *, Atom> AtomIds;
};

} // namespace consentlint

#endif
