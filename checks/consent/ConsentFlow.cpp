//===- ConsentFlow.cpp - Consent known at each point of a body ------------===//

#include "checks/consent/ConsentFlow.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/CFGStmtMap.h"

using namespace clang;

namespace consentlint {

ConsentFlow::~ConsentFlow() = default;

static const Expr *stripParens(const Expr *E) {
  return E ? E->IgnoreParenImpCasts() : nullptr;
}

/// The expression whose value picks the successor of \p B, and whether the
/// branch is a switch.
static const Expr *branchCondition(const CFGBlock &B) {
  const Stmt *T = B.getTerminatorStmt();
  if (!T)
    return nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(T))
    if (BO->isLogicalOp())
      return BO->getLHS(); // Short-circuit: this block decides on the LHS.
  const Expr *C = dyn_cast_or_null<Expr>(
      const_cast<CFGBlock &>(B).getTerminatorCondition(/*StripParens=*/false));
  // In "if (a && b)" the last block evaluates b; the path to it already
  // carries a's facts, so only the rightmost operand decides here.
  while (const auto *BO = dyn_cast_or_null<BinaryOperator>(stripParens(C)))
    if (BO->isLogicalOp())
      C = BO->getRHS();
    else
      break;
  return C;
}

ConsentFacts ConsentFlow::edgeFacts(const CFGBlock &B) {
  unsigned Id = B.getBlockID();
  if (!HaveFacts[Id]) {
    HaveFacts[Id] = 1;
    if (const Expr *C = branchCondition(B))
      BranchFacts[Id] = Eval.eval(C);
  }
  return BranchFacts[Id];
}

ConsentFlow::State ConsentFlow::edge(const CFGBlock &From, unsigned SuccIndex,
                                     const CFGBlock &To) {
  State S = In[From.getBlockID()];
  auto Add = [&S](PurposeSet Bits, const AtomSet &Atoms) {
    S.Bits |= Bits;
    if (!S.AtomsTop)
      S.Atoms = uniteAtoms(S.Atoms, Atoms);
  };
  const Stmt *T = From.getTerminatorStmt();
  if (!T)
    return S;
  if (const auto *SW = dyn_cast<SwitchStmt>(T)) {
    // case Authorized: the switch value equals the label.
    if (const auto *Case = dyn_cast_or_null<CaseStmt>(To.getLabel()))
      if (Case->getLHS() && !Case->getRHS())
        if (auto V = Eval.valueOf(SW->getCond()))
          Add(Eval.compare(*V, Case->getLHS(), /*Equal=*/true).WhenTrue, {});
    return S;
  }
  if (From.succ_size() != 2)
    return S;
  const ConsentFacts &F = edgeFacts(From);
  if (SuccIndex == 0)
    Add(F.WhenTrue, F.TrueAtoms);
  else
    Add(F.WhenFalse, F.FalseAtoms);
  return S;
}

/// Blocks reachable from the entry in reverse post-order. Pruned edges are
/// null successors, which llvm's generic traversal does not expect.
static std::vector<const CFGBlock *> reversePostOrder(const CFG &Cfg) {
  std::vector<const CFGBlock *> Post;
  std::vector<char> Seen(Cfg.getNumBlockIDs(), 0);
  std::vector<std::pair<const CFGBlock *, CFGBlock::const_succ_iterator>> Stack;
  const CFGBlock *Entry = &Cfg.getEntry();
  Seen[Entry->getBlockID()] = 1;
  Stack.push_back({Entry, Entry->succ_begin()});
  while (!Stack.empty()) {
    auto &[B, It] = Stack.back();
    if (It == B->succ_end()) {
      Post.push_back(B);
      Stack.pop_back();
      continue;
    }
    const CFGBlock *Next = *It;
    ++It;
    if (Next && !Seen[Next->getBlockID()]) {
      Seen[Next->getBlockID()] = 1;
      Stack.push_back({Next, Next->succ_begin()});
    }
  }
  return {Post.rbegin(), Post.rend()};
}

ConsentFlow::ConsentFlow(const Decl *D, Stmt *Body, ASTContext &Ctx,
                         ConditionEvaluator &Eval)
    : Eval(Eval) {
  CFG::BuildOptions Opts;
  Opts.PruneTriviallyFalseEdges = true;
  Opts.AddEHEdges = false;
  Opts.AddImplicitDtors = false;
  Opts.AddInitializers = false;
  Opts.AddTemporaryDtors = false;
  Cfg = CFG::buildCFG(D, Body, &Ctx, Opts);
  if (!Cfg)
    return;
  PM = std::make_unique<ParentMap>(Body);
  StmtMap.reset(CFGStmtMap::Build(Cfg.get(), PM.get()));
  unsigned N = Cfg->getNumBlockIDs();
  In.assign(N, State());
  BranchFacts.assign(N, ConsentFacts());
  HaveFacts.assign(N, 0);
  In[Cfg->getEntry().getBlockID()] = State{0, false, {}};

  // Round-robin in reverse post-order until nothing changes; the lattice is
  // finite (bits only go away), so this terminates.
  std::vector<const CFGBlock *> RPO = reversePostOrder(*Cfg);
  bool Changed = true;
  for (unsigned Round = 0; Changed && Round < 64; ++Round) {
    Changed = false;
    for (const CFGBlock *B : RPO) {
      if (B == &Cfg->getEntry())
        continue;
      State S; // Top: meets with every predecessor's edge.
      for (auto P = B->pred_begin(); P != B->pred_end(); ++P) {
        const CFGBlock *Pred = *P;
        if (!Pred)
          continue;
        unsigned Index = 0;
        for (auto Succ = Pred->succ_begin(); Succ != Pred->succ_end();
             ++Succ, ++Index)
          if (*Succ == B) {
            State E = edge(*Pred, Index, *B);
            S.Bits &= E.Bits;
            if (E.AtomsTop)
              continue;
            S.Atoms = S.AtomsTop ? E.Atoms : intersectAtoms(S.Atoms, E.Atoms);
            S.AtomsTop = false;
          }
      }
      State &Old = In[B->getBlockID()];
      if (S.Bits != Old.Bits || S.AtomsTop != Old.AtomsTop ||
          S.Atoms != Old.Atoms) {
        Old = S;
        Changed = true;
      }
    }
  }
}

const CFGBlock *ConsentFlow::blockOf(const Stmt *S) const {
  if (!StmtMap)
    return nullptr;
  const CFGBlock *B = StmtMap->getBlock(const_cast<Stmt *>(S));
  // Blocks without predecessors (catch handlers, code the CFG could not
  // place) get nothing: reporting beats guessing.
  return B && !B->pred_empty() ? B : nullptr;
}

PurposeSet ConsentFlow::consentAt(const Stmt *S) const {
  const CFGBlock *B = blockOf(S);
  return B ? In[B->getBlockID()].Bits : 0;
}

AtomSet ConsentFlow::atomsAt(const Stmt *S) const {
  const CFGBlock *B = blockOf(S);
  if (!B || In[B->getBlockID()].AtomsTop)
    return {};
  return In[B->getBlockID()].Atoms;
}

} // namespace consentlint
