//===- ProgramSummary.h - Per-unit consent summaries and linking -*- C++ -*-===//
//
// Each translation unit is reduced to a compact summary: its functions (by
// USR), the calls between them with the consent known at each call site,
// and its sinks with the consent known locally. The linker combines the
// summaries of all units and decides, for every sink, whether every path
// from a program entry establishes consent for the purposes it needs.
//
// This file knows nothing of clang's AST, so it is unit-tested on its own
// and its data can be written to disk and merged across shards.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_CONSENT_PROGRAMSUMMARY_H
#define CONSENTLINT_CHECKS_CONSENT_PROGRAMSUMMARY_H

#include "checks/Finding.h"
#include "checks/consent/Purposes.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace consentlint {

struct FunctionSummary {
  std::string Id;   ///< USR, or a synthetic id for blocks and lambdas.
  std::string Name; ///< For messages.
  Location Loc;
  /// Reached from outside without consent: main, virtual, address-taken,
  /// exported, a UI entry point. Empty when not an entry by itself.
  std::string EntryReason;
  /// A block or lambda: its only caller is the place that creates it.
  bool Nested = false;
  /// Ids of the virtual methods this method overrides: a call of any of
  /// them may dispatch here (class-hierarchy analysis, across units).
  std::vector<std::string> Overrides;
  /// A helper returning a consent value: what its true and false results
  /// say, for units that call it without seeing its body.
  bool IsHelper = false;
  PurposeSet HelperTrue = 0, HelperFalse = 0;
};

/// An outcome of a helper another unit defines: "<id>#1" (returned true)
/// or "<id>#0"; its consent is resolved when the units are linked.
using OutcomeList = std::vector<std::string>;

struct CallSummary {
  std::string Caller, Callee;
  Location Loc;
  PurposeSet Consent = 0; ///< Known at the call, relative to Caller's entry.
  OutcomeList Outcomes;   ///< Other units' helpers checked before the call.
  /// What the truth-valued arguments say when true / false, by position:
  /// show(ump->CanRequestAds()) passes consent for advertising.
  struct Arg {
    unsigned Index = 0;
    PurposeSet WhenTrue = 0, WhenFalse = 0;
    OutcomeList TrueOutcomes, FalseOutcomes;
  };
  std::vector<Arg> Args;
};

/// A consent check seen near a sink, for "does not guard" notes.
struct GateSighting {
  Location Loc;
  PurposeSet Purposes = 0;
  std::string SourceLine;
};

struct SinkSummary {
  std::string Function;
  Finding Base; ///< Everything but the consent verdict.
  std::string Subject, Action;
  PurposeSet Required = 0;
  PurposeSet Local = 0; ///< Consent known at the sink within Function.
  /// Reported whatever consent holds: personal data written to a log
  /// (logs serve no purpose a user consents to).
  bool AlwaysReport = false;
  OutcomeList LocalOutcomes;
  std::vector<GateSighting> Gates;
};

/// Personal data leaving a unit's code for a function another unit
/// defines (privacy-data-flow across units): the read whose value Function
/// returns (Index -1; Function is defined here), or that this unit passes
/// as argument Index of Function (called here, defined elsewhere).
struct FlowExit {
  std::string Function;
  int Index = -1;
  /// The read as a finding: Base at the read, its path so far, and its
  /// consent (Local) along the way; Function is the body whose callers
  /// decide the rest (the caller, for an argument).
  SinkSummary Read;
  /// The sink kinds the read counts for (empty: all).
  std::vector<std::string> FlowTo;
};

/// A sink this unit reaches with data from another unit: what Function
/// (called here, defined elsewhere) returns (Index -1), or parameter Index
/// of Function (defined here).
struct FlowEntry {
  std::string Function;
  int Index = -1;
  std::string Kind; ///< log, storage, network, cookie, third-party, relay.
  /// A relay: parameter Index of Function is passed on as argument
  /// RelayIndex of RelayFunction, defined elsewhere (a wrapper in a
  /// second unit handing the data to a third); Sink is where it is passed.
  std::string RelayFunction;
  int RelayIndex = -1;
  /// The sink: Base.Loc and SourceLine at it, Base.DataPath the steps to
  /// it and Base.Notes its note; Subject names it ("call to 'NSLog'");
  /// Function, Local, LocalOutcomes and Gates as for a sink.
  SinkSummary Sink;
};

struct TUSummary {
  std::string MainFile;
  std::vector<FunctionSummary> Functions;
  std::vector<CallSummary> Calls;
  std::vector<SinkSummary> Sinks;
  std::map<std::string, std::vector<std::string>> OverriddenBy;
  std::map<std::string, std::pair<PurposeSet, PurposeSet>> HelperFacts;
  /// Vendors whose SDK this unit set up to hold data until the user
  /// consents (holds-until-consent gates): their sinks are gated anywhere.
  std::vector<std::string> HeldVendors;
  std::vector<FlowExit> FlowExits;
  std::vector<FlowEntry> FlowEntries;
};

class ProgramLinker {
public:
  explicit ProgramLinker(const PurposeTable &Purposes) : Purposes(Purposes) {}

  /// Queues a unit's summary; link() combines them.
  void add(TUSummary S) { Pending.push_back(std::move(S)); }

  /// Decides every sink; returns findings in canonical order, one per
  /// location, check and rule.
  std::vector<Finding> link();

  /// Why the sinks on \p File:\p Line were judged gated or not (after link).
  std::string explain(llvm::StringRef File, unsigned Line) const;

  /// Consent every path into \p Id establishes (after link).
  PurposeSet contextOf(llvm::StringRef Id) const;

private:
  struct Fn {
    FunctionSummary S;
    std::vector<const CallSummary *> Callers;
    bool Entry = false;
    PurposeSet Context = AllPurposes;
  };
  void buildPath(const SinkSummary &Sink, PurposeSet Missing, Finding &F) const;
  std::set<std::string> HeldVendors;
  std::vector<TUSummary> Pending;
  /// Gives functions defined differently in several units (the `report()`
  /// of two executables in one database) one id per unit, so that one
  /// program's callers never decide another program's sinks.
  void separatePrograms();
  void merge(TUSummary S);
  /// Joins flows that leave one unit with the sinks another unit reaches.
  void linkFlows();
  /// Gives a wrapper's parameter the sinks of the callee it passes it to.
  void relayFlows();
  std::vector<FlowExit> FlowExits;
  std::vector<FlowEntry> FlowEntries;
  std::vector<std::string> targetsOf(const std::string &Callee) const;
  /// The consent that outcomes of helpers and parameters stand for.
  PurposeSet resolve(const OutcomeList &Outcomes) const;
  PurposeSet resolveHelpers(const OutcomeList &Outcomes) const;
  /// What parameter \p Index of \p Fn says when true/false, from every call.
  std::pair<PurposeSet, PurposeSet> parameterFacts(const std::string &Fn,
                                                   unsigned Index) const;
  std::string describe(const SinkSummary &Sink) const;

  const PurposeTable &Purposes;
  std::map<std::string, Fn> Functions;
  std::map<std::tuple<std::string, std::string, Location>, CallSummary> Calls;
  std::vector<SinkSummary> Sinks;
  std::map<std::string, std::vector<std::string>> OverriddenBy;
  std::map<std::string, std::pair<PurposeSet, PurposeSet>> HelperFacts;
};

} // namespace consentlint

#endif
