//===- ConsentFlow.h - Consent known at each point of a body ----*- C++ -*-===//
//
// A forward must-dataflow over clang's CFG: the state of a block is the set
// of purposes for which every path from the body's entry established
// consent. Branch edges add the facts of their condition; joins intersect.
// Order is built in: a check evaluated after a call does not reach it.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_CONSENT_CONSENTFLOW_H
#define CONSENTLINT_CHECKS_CONSENT_CONSENTFLOW_H

#include "checks/consent/ConditionEvaluator.h"
#include <memory>
#include <vector>

namespace clang {
class CFG;
class CFGBlock;
class CFGStmtMap;
class ParentMap;
class Stmt;
} // namespace clang

namespace consentlint {

class ConsentFlow {
public:
  /// Builds the CFG of \p Body (of \p D) and solves the dataflow.
  ConsentFlow(const clang::Decl *D, clang::Stmt *Body, clang::ASTContext &Ctx,
              ConditionEvaluator &Eval);
  ~ConsentFlow();

  /// Purposes with consent whenever \p S runs (relative to the body's entry).
  /// Without a CFG (it could not be built), nothing is known.
  PurposeSet consentAt(const clang::Stmt *S) const;
  /// Outcomes of other units' helpers known whenever \p S runs.
  AtomSet atomsAt(const clang::Stmt *S) const;

  bool valid() const { return Cfg != nullptr; }

private:
  ConsentFacts edgeFacts(const clang::CFGBlock &B);
  /// What is known on an edge; AtomsTop marks "unreached yet".
  struct State {
    PurposeSet Bits = AllPurposes;
    bool AtomsTop = true;
    AtomSet Atoms;
  };
  State edge(const clang::CFGBlock &From, unsigned SuccIndex,
             const clang::CFGBlock &To);
  const clang::CFGBlock *blockOf(const clang::Stmt *S) const;

  ConditionEvaluator &Eval;
  std::unique_ptr<clang::CFG> Cfg;
  std::unique_ptr<clang::ParentMap> PM;
  std::unique_ptr<clang::CFGStmtMap> StmtMap;
  std::vector<State> In; ///< By block id.
  std::vector<ConsentFacts> BranchFacts;
  std::vector<char> HaveFacts;
};

} // namespace consentlint

#endif
