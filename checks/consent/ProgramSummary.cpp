//===- ProgramSummary.cpp - Per-unit consent summaries and linking --------===//

#include "checks/consent/ProgramSummary.h"
#include "checks/flow/FlowWording.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"
#include <iterator>
#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace consentlint {

void ProgramLinker::separatePrograms() {
  // Where each id is defined; one place (an inline function in a header,
  // seen from many units) is one function.
  std::map<std::string, std::set<std::pair<std::string, unsigned>>> Places;
  for (const TUSummary &S : Pending)
    for (const FunctionSummary &F : S.Functions)
      if (!F.Nested)
        Places[F.Id].insert({F.Loc.File, F.Loc.Line});
  for (TUSummary &S : Pending) {
    std::set<std::string> Own;
    for (FunctionSummary &F : S.Functions)
      if (!F.Nested && Places[F.Id].size() > 1) {
        Own.insert(F.Id);
        F.Id += "@" + S.MainFile;
      }
    if (Own.empty())
      continue;
    auto Rename = [&](std::string &Id) {
      if (Own.count(Id))
        Id += "@" + S.MainFile;
    };
    for (CallSummary &C : S.Calls) {
      Rename(C.Caller);
      Rename(C.Callee);
    }
    for (SinkSummary &K : S.Sinks)
      Rename(K.Function);
    for (FlowExit &X : S.FlowExits) {
      Rename(X.Read.Function);
      if (X.Index < 0)
        Rename(X.Function);
    }
    for (FlowEntry &N : S.FlowEntries) {
      Rename(N.Sink.Function);
      if (N.Index >= 0)
        Rename(N.Function);
    }
  }
}

void ProgramLinker::merge(TUSummary S) {
  for (FunctionSummary &F : S.Functions) {
    if (F.IsHelper) {
      auto [It, New] = HelperFacts.try_emplace(F.Id, F.HelperTrue, F.HelperFalse);
      if (!New) { // Seen from two units: keep what both say.
        It->second.first &= F.HelperTrue;
        It->second.second &= F.HelperFalse;
      }
    }
    auto [It, Inserted] = Functions.try_emplace(F.Id);
    if (Inserted) {
      It->second.S = std::move(F);
    } else if (It->second.S.EntryReason.empty()) {
      It->second.S.EntryReason = F.EntryReason;
    }
  }
  for (std::string &V : S.HeldVendors)
    HeldVendors.insert(std::move(V));
  for (CallSummary &C : S.Calls) {
    auto Key = std::make_tuple(C.Caller, C.Callee, C.Loc);
    auto [It, Inserted] = Calls.try_emplace(Key, C);
    if (!Inserted) { // The same inline code seen in two units: keep the least.
      It->second.Consent &= C.Consent;
      OutcomeList Both;
      std::set_intersection(It->second.Outcomes.begin(), It->second.Outcomes.end(),
                            C.Outcomes.begin(), C.Outcomes.end(),
                            std::back_inserter(Both));
      It->second.Outcomes = std::move(Both);
    }
  }
  for (SinkSummary &K : S.Sinks)
    Sinks.push_back(std::move(K));
  for (FlowExit &X : S.FlowExits)
    FlowExits.push_back(std::move(X));
  for (FlowEntry &N : S.FlowEntries)
    FlowEntries.push_back(std::move(N));
}

void ProgramLinker::relayFlows() {
  // A wrapper that passes its parameter on reaches what its callee's
  // parameter reaches: add those sinks as its own, to a fixed point.
  std::vector<FlowEntry> Relays;
  std::map<std::pair<std::string, int>, std::vector<size_t>> Sinking;
  std::set<std::tuple<std::string, int, Location, std::string>> Known;
  for (size_t I = 0; I < FlowEntries.size(); ++I) {
    FlowEntry &N = FlowEntries[I];
    if (N.Kind == "relay") {
      Relays.push_back(std::move(N));
      continue;
    }
    Known.insert({N.Function, N.Index, N.Sink.Base.Loc, N.Sink.Subject});
  }
  FlowEntries.erase(std::remove_if(FlowEntries.begin(), FlowEntries.end(),
                                   [](const FlowEntry &N) {
                                     return N.Kind == "relay";
                                   }),
                    FlowEntries.end());
  for (size_t I = 0; I < FlowEntries.size(); ++I)
    Sinking[{FlowEntries[I].Function, FlowEntries[I].Index}].push_back(I);
  for (unsigned Round = 0; Round < 8; ++Round) {
    std::vector<FlowEntry> Added;
    for (const FlowEntry &R : Relays)
      for (const std::string &Target : targetsOf(R.RelayFunction)) {
        auto It = Sinking.find({Target, R.RelayIndex});
        if (It == Sinking.end())
          continue;
        for (size_t I : It->second) {
          const FlowEntry &To = FlowEntries[I];
          if (!Known.insert({R.Function, R.Index, To.Sink.Base.Loc,
                             To.Sink.Subject})
                   .second)
            continue;
          FlowEntry N = To;
          N.Function = R.Function;
          N.Index = R.Index;
          N.Sink.Function = R.Sink.Function;
          N.Sink.Local |= R.Sink.Local;
          N.Sink.LocalOutcomes.insert(N.Sink.LocalOutcomes.end(),
                                      R.Sink.LocalOutcomes.begin(),
                                      R.Sink.LocalOutcomes.end());
          N.Sink.Gates.insert(N.Sink.Gates.end(), R.Sink.Gates.begin(),
                              R.Sink.Gates.end());
          std::vector<FlowStep> Path = R.Sink.Base.DataPath;
          Path.insert(Path.end(), To.Sink.Base.DataPath.begin(),
                      To.Sink.Base.DataPath.end());
          N.Sink.Base.DataPath = std::move(Path);
          Added.push_back(std::move(N));
        }
      }
    if (Added.empty())
      break;
    for (FlowEntry &N : Added) {
      Sinking[{N.Function, N.Index}].push_back(FlowEntries.size());
      FlowEntries.push_back(std::move(N));
    }
  }
}

void ProgramLinker::linkFlows() {
  relayFlows();
  std::map<std::pair<std::string, int>, std::vector<const FlowEntry *>> ByKey;
  for (const FlowEntry &N : FlowEntries)
    ByKey[{N.Function, N.Index}].push_back(&N);
  std::set<std::tuple<Location, Location, std::string, std::string>> Seen;
  for (const FlowExit &X : FlowExits) {
    // An argument reaches every override the call may dispatch to.
    std::vector<const FlowEntry *> Reached;
    for (const std::string &Target :
         X.Index < 0 ? std::vector<std::string>{X.Function} : targetsOf(X.Function)) {
      auto It = ByKey.find({Target, X.Index});
      if (It != ByKey.end())
        Reached.insert(Reached.end(), It->second.begin(), It->second.end());
    }
    for (const FlowEntry *N : Reached) {
      if (!X.FlowTo.empty() &&
          std::find(X.FlowTo.begin(), X.FlowTo.end(), N->Kind) == X.FlowTo.end())
        continue;
      // The same inline code seen from several units is one flow; each
      // call passing the data on is judged on its own.
      // A returned value is judged where the caller gives it to the sink;
      // an argument where the caller passes it.
      const std::string &JudgedIn =
          X.Index < 0 ? N->Sink.Function : X.Read.Function;
      if (!Seen.insert({X.Read.Base.Loc, N->Sink.Base.Loc, N->Sink.Subject,
                        JudgedIn})
               .second)
        continue;
      SinkSummary K = X.Read;
      const Finding &At = N->Sink.Base;
      K.Function = JudgedIn;
      K.Local |= N->Sink.Local;
      K.LocalOutcomes.insert(K.LocalOutcomes.end(),
                             N->Sink.LocalOutcomes.begin(),
                             N->Sink.LocalOutcomes.end());
      std::sort(K.LocalOutcomes.begin(), K.LocalOutcomes.end());
      K.LocalOutcomes.erase(
          std::unique(K.LocalOutcomes.begin(), K.LocalOutcomes.end()),
          K.LocalOutcomes.end());
      K.Gates.insert(K.Gates.end(), N->Sink.Gates.begin(), N->Sink.Gates.end());
      K.AlwaysReport = N->Kind == "log";
      std::string Where =
          At.Loc.File == K.Base.Loc.File
              ? "line " + std::to_string(At.Loc.Line)
              : llvm::sys::path::filename(At.Loc.File).str() + ":" +
                    std::to_string(At.Loc.Line);
      K.Action = flowAction(K.Action, N->Kind, N->Sink.Subject, Where);
      K.Base.DataPath.insert(K.Base.DataPath.end(), At.DataPath.begin(),
                             At.DataPath.end());
      K.Base.Notes.insert(K.Base.Notes.end(), At.Notes.begin(), At.Notes.end());
      Sinks.push_back(std::move(K));
    }
  }
  FlowExits.clear();
  FlowEntries.clear();
}

std::pair<PurposeSet, PurposeSet>
ProgramLinker::parameterFacts(const std::string &Fn, unsigned Index) const {
  auto It = Functions.find(Fn);
  // An entry's parameters come from outside: nothing is known.
  if (It == Functions.end() || It->second.Entry || It->second.Callers.empty())
    return {0, 0};
  PurposeSet T = AllPurposes, F = AllPurposes;
  for (const CallSummary *C : It->second.Callers) {
    PurposeSet CT = 0, CF = 0;
    for (const CallSummary::Arg &A : C->Args)
      if (A.Index == Index) {
        CT = A.WhenTrue | resolveHelpers(A.TrueOutcomes);
        CF = A.WhenFalse | resolveHelpers(A.FalseOutcomes);
      }
    T &= CT;
    F &= CF;
  }
  return {T, F};
}

PurposeSet ProgramLinker::resolveHelpers(const OutcomeList &Outcomes) const {
  PurposeSet P = 0;
  for (const std::string &O : Outcomes) {
    llvm::StringRef Id, Result;
    std::tie(Id, Result) = llvm::StringRef(O).rsplit('#');
    auto It = HelperFacts.find(Id.str());
    if (It != HelperFacts.end())
      P |= Result == "1" ? It->second.first : It->second.second;
  }
  return P;
}

PurposeSet ProgramLinker::resolve(const OutcomeList &Outcomes) const {
  PurposeSet P = resolveHelpers(Outcomes);
  for (const std::string &O : Outcomes) {
    llvm::StringRef Id, Result;
    std::tie(Id, Result) = llvm::StringRef(O).rsplit('#');
    llvm::StringRef Fn, Param;
    std::tie(Fn, Param) = Id.rsplit("@param");
    unsigned Index;
    if (Param.empty() || Param.getAsInteger(10, Index))
      continue;
    auto [T, F] = parameterFacts(Fn.str(), Index);
    P |= Result == "1" ? T : F;
  }
  return P;
}

PurposeSet ProgramLinker::contextOf(llvm::StringRef Id) const {
  auto It = Functions.find(Id.str());
  return It == Functions.end() ? 0 : It->second.Context;
}

std::vector<std::string> ProgramLinker::targetsOf(const std::string &Callee) const {
  // The callee itself and, for a virtual method, every override of it that
  // any unit defines, to any depth.
  std::vector<std::string> Out{Callee};
  std::set<std::string> Seen{Callee};
  for (size_t I = 0; I < Out.size(); ++I) {
    auto It = OverriddenBy.find(Out[I]);
    if (It == OverriddenBy.end())
      continue;
    for (const std::string &D : It->second)
      if (Seen.insert(D).second)
        Out.push_back(D);
  }
  return Out;
}

std::vector<Finding> ProgramLinker::link() {
  separatePrograms();
  for (TUSummary &S : Pending)
    merge(std::move(S));
  Pending.clear();
  for (auto &[Id, F] : Functions)
    for (const std::string &Base : F.S.Overrides)
      OverriddenBy[Base].push_back(Id);
  linkFlows();
  for (auto &[Key, C] : Calls) {
    if (!Functions.count(C.Caller))
      continue;
    for (const std::string &Target : targetsOf(C.Callee)) {
      auto It = Functions.find(Target);
      if (It != Functions.end()) // Else defined nowhere we analysed.
        It->second.Callers.push_back(&C);
    }
  }
  // Entries: by their own nature, or because nothing calls them.
  for (auto &[Id, F] : Functions) {
    F.Entry = !F.S.EntryReason.empty() || F.Callers.empty();
    if (F.Callers.empty() && F.S.EntryReason.empty())
      F.S.EntryReason = F.S.Nested ? "a callback" : "no known callers";
  }
  // Code reachable only from a cycle that no entry reaches is treated as an
  // entry too, so recursion never makes a sink look gated.
  {
    std::map<std::string, std::vector<std::string>> Callees;
    for (auto &[Key, C] : Calls)
      if (Functions.count(C.Caller))
        for (const std::string &Target : targetsOf(C.Callee))
          if (Functions.count(Target))
            Callees[C.Caller].push_back(Target);
    std::set<std::string> Reached;
    std::deque<std::string> Work;
    for (auto &[Id, F] : Functions)
      if (F.Entry) {
        Reached.insert(Id);
        Work.push_back(Id);
      }
    while (!Work.empty()) {
      std::string Id = Work.front();
      Work.pop_front();
      for (const std::string &Callee : Callees[Id])
        if (Reached.insert(Callee).second)
          Work.push_back(Callee);
    }
    for (auto &[Id, F] : Functions)
      if (!Reached.count(Id)) {
        F.Entry = true;
        F.S.EntryReason = "only called from a cycle with no entry";
      }
  }
  // Helpers of other units and the arguments of every call are known now:
  // outcomes become consent (resolved against the unchanged summaries first,
  // then folded in, so the order of calls does not matter).
  {
    std::vector<PurposeSet> CallExtra, SinkExtra;
    for (auto &[Key, C] : Calls)
      CallExtra.push_back(resolve(C.Outcomes));
    for (SinkSummary &K : Sinks)
      SinkExtra.push_back(resolve(K.LocalOutcomes));
    size_t I = 0;
    for (auto &[Key, C] : Calls)
      C.Consent |= CallExtra[I++];
    I = 0;
    for (SinkSummary &K : Sinks)
      K.Local |= SinkExtra[I++];
  }
  // Greatest fixed point: a function's context is what all its call sites
  // establish, each relative to its caller's context.
  for (auto &[Id, F] : Functions)
    F.Context = F.Entry ? 0 : AllPurposes;
  bool Changed = true;
  for (unsigned Round = 0; Changed && Round < 1000; ++Round) {
    Changed = false;
    for (auto &[Id, F] : Functions) {
      if (F.Entry)
        continue;
      PurposeSet S = AllPurposes;
      for (const CallSummary *C : F.Callers)
        S &= C->Consent | Functions[C->Caller].Context;
      if (S != F.Context) {
        F.Context = S;
        Changed = true;
      }
    }
  }

  std::vector<Finding> Out;
  for (const SinkSummary &K : Sinks) {
    PurposeSet Ctx = contextOf(K.Function);
    PurposeSet Missing = K.AlwaysReport ? K.Required : K.Required & ~(K.Local | Ctx);
    // The program set the SDK up to hold everything until consent.
    if (!Missing || (!K.AlwaysReport && HeldVendors.count(K.Base.Vendor)))
      continue;
    Finding F = K.Base;
    std::vector<std::string> Names = Purposes.names(Missing);
    F.MissingPurposes = Names;
    std::string Joined;
    for (size_t I = 0; I < Names.size(); ++I)
      Joined += (I ? (I + 1 == Names.size() ? " and " : ", ") : "") + Names[I];
    F.Message = K.AlwaysReport
                    ? K.Subject + " " + K.Action
                    : K.Subject + " " + K.Action +
                          " without a consent check for " + Joined;
    // Consent checks nearby that do not guard the call: what to fix. The
    // closest ones first, those before the call on a tie.
    std::vector<GateSighting> Near = K.Gates;
    auto Distance = [&](const GateSighting &G) {
      if (G.Loc.File != F.Loc.File)
        return std::make_pair(1u << 30, 1);
      unsigned D = G.Loc.Line > F.Loc.Line ? G.Loc.Line - F.Loc.Line
                                           : F.Loc.Line - G.Loc.Line;
      return std::make_pair(D, G.Loc.Line > F.Loc.Line ? 1 : 0);
    };
    std::stable_sort(Near.begin(), Near.end(),
                     [&](const GateSighting &A, const GateSighting &B) {
                       return Distance(A) < Distance(B);
                     });
    // A flow to a log needs no consent: no gate to point at, no call path
    // that lacks one; its path is the data's.
    if (K.AlwaysReport) {
      Out.push_back(std::move(F));
      continue;
    }
    unsigned NotesAdded = 0;
    for (const GateSighting &G : Near) {
      if (NotesAdded == 2)
        break;
      Note N;
      N.Loc = G.Loc;
      N.SourceLine = G.SourceLine;
      if (G.Purposes & Missing) {
        bool After = G.Loc.File == F.Loc.File &&
                     std::tie(G.Loc.Line, G.Loc.Column) >
                         std::tie(F.Loc.Line, F.Loc.Column);
        N.Message = "a consent check for " + Purposes.join(G.Purposes & Missing) +
                    (After ? " is made here, after the call"
                           : " is made here, but it does not guard the call "
                             "on every path");
      } else if (G.Purposes) {
        N.Message = "this consent check covers " + Purposes.join(G.Purposes) +
                    ", not " + Joined;
      } else {
        continue;
      }
      F.Notes.push_back(std::move(N));
      ++NotesAdded;
    }
    buildPath(K, Missing, F);
    Out.push_back(std::move(F));
  }
  // One finding per place and check: the same inline code seen from many
  // units, template instantiations, and two packs naming the same API.
  // A read whose data reaches several sinks is one finding that notes
  // the others.
  std::sort(Out.begin(), Out.end());
  std::vector<Finding> Unique;
  for (Finding &F : Out) {
    if (!Unique.empty() && Unique.back().Loc == F.Loc &&
        Unique.back().Check == F.Check) {
      Finding &Kept = Unique.back();
      if (!F.DataPath.empty() && !Kept.DataPath.empty())
        for (const Note &N : F.Notes)
          if (N.Loc.valid() && std::none_of(Kept.Notes.begin(), Kept.Notes.end(),
                                            [&](const Note &K) {
                                              return K.Loc == N.Loc &&
                                                     K.Message == N.Message;
                                            }))
            Kept.Notes.push_back(N);
      continue;
    }
    Unique.push_back(std::move(F));
  }
  return Unique;
}

void ProgramLinker::buildPath(const SinkSummary &Sink, PurposeSet Missing,
                              Finding &F) const {
  // Walk up from the sink's function through a caller whose call site lacks
  // the missing consent, until an entry; the flow is entry first.
  std::vector<FlowStep> Rev;
  std::vector<Note> CallNotes;
  std::string Id = Sink.Function;
  std::set<std::string> Visited;
  for (unsigned Depth = 0; Depth < 32 && Visited.insert(Id).second; ++Depth) {
    auto It = Functions.find(Id);
    if (It == Functions.end())
      break;
    const Fn &Fun = It->second;
    if (Fun.Entry) {
      FlowStep S;
      S.Loc = Fun.S.Loc;
      S.Message = "'" + Fun.S.Name + "' is an entry point (" +
                  Fun.S.EntryReason + ")";
      Rev.push_back(S);
      break;
    }
    const CallSummary *Pick = nullptr;
    for (const CallSummary *C : Fun.Callers) {
      PurposeSet At = C->Consent | contextOf(C->Caller);
      if (Missing & ~At) {
        Pick = C;
        break;
      }
    }
    if (!Pick)
      break;
    auto Caller = Functions.find(Pick->Caller);
    std::string CallerName =
        Caller == Functions.end() ? Pick->Caller : Caller->second.S.Name;
    FlowStep S;
    S.Loc = Pick->Loc;
    S.Message = (Fun.S.Nested ? "'" + Fun.S.Name + "' is created in '"
                              : "'" + Fun.S.Name + "' is called from '") +
                CallerName + "' without a consent check for " +
                Purposes.join(Missing & ~Pick->Consent);
    Rev.push_back(S);
    Note N;
    N.Loc = Pick->Loc;
    N.Message = S.Message;
    CallNotes.push_back(N);
    Id = Pick->Caller;
  }
  if (Rev.empty() || CallNotes.empty())
    return; // Ungated within its own function: no path to show.
  std::reverse(Rev.begin(), Rev.end());
  FlowStep Last;
  Last.Loc = F.Loc;
  Last.Message = F.Message;
  Rev.push_back(Last);
  F.Flow = std::move(Rev);
  for (Note &N : CallNotes)
    F.Notes.push_back(std::move(N));
}

std::string ProgramLinker::describe(const SinkSummary &K) const {
  PurposeSet Ctx = contextOf(K.Function);
  PurposeSet Missing = K.Required & ~(K.Local | Ctx);
  std::string S = K.Base.Loc.File + ":" + std::to_string(K.Base.Loc.Line) + ":" +
                  std::to_string(K.Base.Loc.Column) + ": " + K.Subject + " " +
                  K.Action + " [" + K.Base.Check + ", rule " + K.Base.RuleId +
                  "]\n";
  auto Set = [&](PurposeSet P) {
    std::string J = Purposes.join(P == AllPurposes ? 0 : P);
    return J.empty() ? std::string("none") : J;
  };
  // A flow: where the data goes, step by step.
  if (!K.Base.DataPath.empty()) {
    S += "  the data's path:\n";
    for (const FlowStep &St : K.Base.DataPath)
      S += "    " + St.Loc.File + ":" + std::to_string(St.Loc.Line) + ": " +
           St.Message + "\n";
  }
  if (K.AlwaysReport) {
    S += "  verdict: reported whatever the consent (a log serves no purpose "
         "a user consents to)\n";
    return S;
  }
  S += "  needs consent for: " + Set(K.Required) + "\n";
  S += "  consent established inside '" +
       (Functions.count(K.Function) ? Functions.at(K.Function).S.Name
                                    : K.Function) +
       "' before the call: " + Set(K.Local) + "\n";
  auto It = Functions.find(K.Function);
  if (It != Functions.end()) {
    const Fn &F = It->second;
    if (F.Entry)
      S += "  the function is an entry point (" + F.S.EntryReason +
           "): callers add nothing\n";
    else {
      S += "  consent on every path into it: " + Set(Ctx) + "\n";
      for (const CallSummary *C : F.Callers)
        S += "    from " +
             (Functions.count(C->Caller) ? Functions.at(C->Caller).S.Name
                                         : C->Caller) +
             " at " + C->Loc.File + ":" + std::to_string(C->Loc.Line) +
             " with " + Set(C->Consent | contextOf(C->Caller)) + "\n";
    }
  }
  S += Missing ? "  verdict: NOT gated; missing consent for " + Set(Missing) + "\n"
               : "  verdict: gated\n";
  return S;
}

std::string ProgramLinker::explain(llvm::StringRef File, unsigned Line) const {
  std::string Out;
  std::set<std::tuple<Location, std::string, std::string>> Seen;
  for (const SinkSummary &K : Sinks) {
    llvm::StringRef F(K.Base.Loc.File);
    if (K.Base.Loc.Line != Line || !(F == File || F.ends_with("/" + File.str())))
      continue;
    if (!Seen.insert({K.Base.Loc, K.Base.Check, K.Base.RuleId}).second)
      continue;
    Out += describe(K);
  }
  return Out;
}

} // namespace consentlint
