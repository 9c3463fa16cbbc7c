//===- TaintTracker.h - Where personal data goes within a unit --*- C++ -*-===//
//
// Follows values read from personal-data sources to the sinks of a unit:
// through variables, fields and Objective-C properties (assignments and
// initialisations), string building (append, +, <<, snprintf into a buffer,
// stringWithFormat:), returns, and the parameters of the unit's own
// functions. Flow-insensitive and field-based: a field or property holding
// a source anywhere in the unit holds it everywhere, which is what a
// reviewer asks of "does the client address reach a log". Comparisons,
// truth values, lengths and the rule packs' barriers (hashing,
// anonymisation) stop a flow.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_FLOW_TAINTTRACKER_H
#define CONSENTLINT_CHECKS_FLOW_TAINTTRACKER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Decl;
class Expr;
class Stmt;
class VarDecl;
} // namespace clang

namespace consentlint {

class TaintTracker {
public:
  explicit TaintTracker(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// A personal-data read; \p OutTarget is the argument a source fills
  /// (uname(&info)), or null when the read's value is the data. Returns
  /// the source's index.
  unsigned addSource(const clang::Expr *Read, const clang::Expr *OutTarget);
  /// A call the rule packs name as a barrier: its result carries nothing.
  void addBarrier(const clang::Expr *Call) { Barriers.insert(Call); }
  /// Collects the assignments, calls and returns of one body.
  void addBody(const clang::Decl *D, const clang::Stmt *Body);
  /// Propagates every source to a fixed point.
  void solve();

  /// One step of a path: a value moved into a variable, field or parameter.
  struct Step {
    const clang::Expr *At;
    std::string What; ///< e.g. "assigned to 'ip'".
  };
  /// The sources whose data \p E may hold, each with the steps from the
  /// source to \p E (source first).
  struct Reach {
    unsigned Source;
    std::vector<Step> Steps;
  };
  std::vector<Reach> reaching(const clang::Expr *E) const;

  const clang::Expr *sourceExpr(unsigned I) const { return Sources[I].Read; }

private:
  using Origins = llvm::SmallVector<unsigned, 2>;
  struct Event {
    const clang::Decl *Target; ///< Variable, field, property, parameter.
    const clang::Expr *Value;
    const clang::Expr *At;
    std::string What;
    /// A library's write into its first argument, void when the callee
    /// is one of the unit's own functions (followed through its body).
    const clang::Decl *UnlessTracked;
  };
  struct SourceRec {
    const clang::Expr *Read;
    const clang::Expr *OutTarget;
  };
  class Collector;

  /// The origins \p E carries with the current facts.
  Origins eval(const clang::Expr *E, unsigned Depth = 0) const;
  /// The variable, field or property a store through \p E writes.
  static const clang::Decl *storedDecl(const clang::Expr *E);
  bool addTo(const clang::Decl *D, const Origins &O, int Why);
  void pathTo(const clang::Expr *E, unsigned Source, std::vector<Step> &Out,
              llvm::SmallPtrSetImpl<const clang::Decl *> &Seen) const;

  clang::ASTContext &Ctx;
  std::vector<SourceRec> Sources;
  llvm::DenseMap<const clang::Expr *, unsigned> SourceAt;
  llvm::SmallPtrSet<const clang::Expr *, 8> Barriers;
  /// Functions and methods whose bodies were collected.
  llvm::SmallPtrSet<const clang::Decl *, 32> Tracked;
  std::vector<Event> Events;
  /// Function (canonical) -> the values its returns.
  llvm::DenseMap<const clang::Decl *, std::vector<const clang::Expr *>> Returns;
  struct Fact {
    Origins O;
    /// Per origin, the event that first brought it (-1: a source's out-arg).
    llvm::SmallVector<int, 2> Why;
  };
  llvm::DenseMap<const clang::Decl *, Fact> Facts;
  llvm::DenseMap<const clang::Decl *, Origins> ReturnFacts;
};

} // namespace consentlint

#endif
