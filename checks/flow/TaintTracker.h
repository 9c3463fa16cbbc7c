//===- TaintTracker.h - Where personal data goes within a unit --*- C++ -*-===//
//
// Follows values read from personal-data sources to the sinks of a unit:
// through variables, fields and Objective-C properties (assignments and
// initialisations), string building (append, +, <<, snprintf into a buffer,
// stringWithFormat:), returns, and the parameters of the unit's own
// functions. Flow-insensitive, and keyed by access path: a member stored
// through a local variable or parameter (`b->ptr`) is that variable's, so
// one buffer holding an address does not make every buffer's `ptr` hold
// it; a member of `this` or `self` is the class's, in every method.
// Comparisons, truth values, lengths and the rule packs' barriers
// (hashing, anonymisation) stop a flow.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_FLOW_TAINTTRACKER_H
#define CONSENTLINT_CHECKS_FLOW_TAINTTRACKER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang {
class ASTContext;
class Decl;
class Expr;
class ParmVarDecl;
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
  /// A value from outside the unit that may carry personal data, followed
  /// for another unit to judge: the result of a call of a function defined
  /// elsewhere (which also carries what its arguments carry), or a
  /// parameter of one of the unit's functions that other units may call.
  unsigned addForeignSource(const clang::Expr *Call);
  unsigned addParameterSource(const clang::ParmVarDecl *P);
  /// Whether the body of \p Callee (a function or method) was collected.
  bool follows(const clang::Decl *Callee) const;
  /// The values \p Fn (canonical) returns.
  llvm::ArrayRef<const clang::Expr *> returnsOf(const clang::Decl *Fn) const;
  /// A call the rule packs name as a barrier: its result carries nothing.
  void addBarrier(const clang::Expr *Call) { Barriers.insert(Call); }
  /// A call the rule packs name as a sink: it consumes its arguments, and
  /// writes none of them into another (fprintf(log, ...), _os_log_impl).
  void addSink(const clang::Expr *Call) { Sinks.insert(Call); }
  /// Collects the assignments, calls and returns of one body.
  void addBody(const clang::Decl *D, const clang::Stmt *Body);
  /// Propagates every source to a fixed point.
  void solve();

  /// One step of a path: a value moved into a variable, field or parameter.
  struct Step {
    const clang::Expr *At;
    std::string What;      ///< e.g. "assigned to 'ip'".
    const clang::Decl *In; ///< The function (canonical) the step is in.
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
  /// Where a value is kept: (variable, null) for a whole variable or
  /// parameter, (variable, member) for a member reached from it, and
  /// (null, member) for a member of `this`/`self` or of an unnamed object.
  /// The member part is an id of a path of members (0: none).
  using Key = std::pair<const clang::Decl *, unsigned>;
  struct Event {
    Key Target;
    const clang::Expr *Value;
    const clang::Expr *At;
    std::string What;
    /// A library's write into its first argument, void when the callee
    /// is one of the unit's own functions (followed through its body).
    const clang::Decl *UnlessTracked;
    /// A write into an argument of one of the unit's own functions, void
    /// unless that function writes what its parameter FromParam holds
    /// through its parameter ThroughParam.
    const clang::Decl *ThroughFn;
    unsigned ThroughParam;
    unsigned FromParam;
    /// A struct passed as a parameter: its members become the parameter's.
    bool WithMembers;
    /// The function (canonical) whose body holds the move, and the index
    /// of its parameter the move writes through, or -1.
    const clang::Decl *Fn;
    int IntoParam;
  };
  struct SourceRec {
    const clang::Expr *Read;
    const clang::Expr *OutTarget;
    /// A foreign call's result: it carries its arguments' data too.
    bool AlsoArguments = false;
    const clang::ParmVarDecl *Param = nullptr;
  };
  class Collector;

  /// The origins \p E carries with the current facts.
  Origins eval(const clang::Expr *E, unsigned Depth = 0) const;
  /// eval() of a value returned or given to a sink, with the members of
  /// an object handed on whole.
  Origins evalHandedOn(const clang::Expr *E) const;
  /// Where a store through \p E writes; \p Through is set when it writes
  /// through a pointer or reference rather than rebinding a variable.
  std::optional<Key> storedKey(const clang::Expr *E,
                               bool *Through = nullptr) const;
  /// The id of a path of members, outermost first.
  unsigned pathId(llvm::ArrayRef<const clang::Decl *> Members) const;
  /// What messages call the place \p K names ('ip', 'addr.ptr').
  std::string keyName(Key K) const;
  /// The facts of \p K, and of the whole variable for (variable, member).
  void factsOf(Key K, Origins &Out) const;
  bool addTo(Key K, const Origins &O, int Why);
  void pathTo(const clang::Expr *E, unsigned Source, std::vector<Step> &Out,
              llvm::DenseSet<Key> &Seen) const;

  clang::ASTContext &Ctx;
  std::vector<SourceRec> Sources;
  llvm::DenseMap<const clang::Expr *, unsigned> SourceAt;
  llvm::SmallPtrSet<const clang::Expr *, 8> Barriers;
  llvm::SmallPtrSet<const clang::Expr *, 8> Sinks;
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
  llvm::DenseMap<Key, Fact> Facts;
  /// Variable -> the members of it that hold facts.
  llvm::DenseMap<const clang::Decl *, llvm::SmallVector<unsigned, 2>>
      MembersOf;
  mutable std::vector<std::vector<const clang::Decl *>> Paths;
  mutable std::map<std::vector<const clang::Decl *>, unsigned> PathIds;
  /// Function (canonical) -> (from, into): what its parameter `from`
  /// holds, it writes through its parameter `into`.
  llvm::DenseMap<const clang::Decl *,
                 llvm::SmallVector<std::pair<unsigned, unsigned>, 2>>
      WritesThrough;
  /// Fills WritesThrough from the moves of each function's body.
  void summariseWritesThrough();
  /// The variables \p E's value may come from.
  void valueVars(const clang::Expr *E,
                 llvm::SmallVectorImpl<const clang::Decl *> &Out) const;
  llvm::DenseMap<const clang::Decl *, Origins> ReturnFacts;
};

} // namespace consentlint

#endif
