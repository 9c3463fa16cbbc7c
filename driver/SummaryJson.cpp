//===- SummaryJson.cpp - Cross-unit summaries as JSON, for shards ---------===//

#include "driver/SummaryJson.h"
#include "engine/JsonFile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"

namespace consentlint {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace {

/// Writes locations as [file, line, col, endLine, endCol] with the file an
/// index into a shared table, which keeps shard SARIF small.
class Encoder {
public:
  Encoder(const PurposeTable &P, const std::string &Root) : P(P), Root(Root) {}

  Value loc(const Location &L) {
    if (!L.valid())
      return nullptr;
    return Array{file(L.File), L.Line, L.Column, L.EndLine, L.EndColumn};
  }
  Value purposes(PurposeSet S) {
    if (S == AllPurposes)
      return "*"; // Top of the lattice: every purpose, even unknown ones.
    Array A;
    for (const std::string &N : P.names(S))
      A.push_back(N);
    return A;
  }
  Value finding(const Finding &F) {
    Object O{{"check", F.Check},
             {"rule", F.RuleId},
             {"severity", levelName(F.Severity)},
             {"message", F.Message},
             {"loc", loc(F.Loc)},
             {"line", F.SourceLine}};
    if (!F.Vendor.empty())
      O["vendor"] = F.Vendor;
    if (!F.Practice.empty())
      O["practice"] = F.Practice;
    if (!F.DataCategories.empty())
      O["data"] = toJsonArray(F.DataCategories);
    if (!F.Topics.empty())
      O["topics"] = toJsonArray(F.Topics);
    if (!F.MissingPurposes.empty())
      O["missing"] = toJsonArray(F.MissingPurposes);
    if (!F.Notes.empty()) {
      Array Ns;
      for (const Note &N : F.Notes)
        Ns.push_back(Object{{"loc", loc(N.Loc)},
                            {"message", N.Message},
                            {"line", N.SourceLine}});
      O["notes"] = std::move(Ns);
    }
    if (!F.Flow.empty()) {
      Array Fs;
      for (const FlowStep &S : F.Flow)
        Fs.push_back(Object{{"loc", loc(S.Loc)}, {"message", S.Message}});
      O["flow"] = std::move(Fs);
    }
    if (!F.DataPath.empty()) {
      Array Fs;
      for (const FlowStep &S : F.DataPath)
        Fs.push_back(Object{{"loc", loc(S.Loc)}, {"message", S.Message}});
      O["dataPath"] = std::move(Fs);
    }
    return O;
  }
  Value files() {
    Array A;
    for (const std::string &F : Files)
      A.push_back(F);
    return A;
  }
  std::string rel(const std::string &File) {
    llvm::StringRef F(File);
    if (!Root.empty() && F.starts_with(Root) && F.size() > Root.size() &&
        F[Root.size()] == '/')
      return F.drop_front(Root.size() + 1).str();
    return File;
  }

private:
  unsigned file(const std::string &Abs) {
    auto [It, New] = Index.try_emplace(Abs, Files.size());
    if (New)
      Files.push_back(rel(Abs));
    return It->second;
  }
  const PurposeTable &P;
  std::string Root;
  llvm::StringMap<unsigned> Index;
  std::vector<std::string> Files;
};

class Decoder {
public:
  Decoder(PurposeTable &P, const std::string &Root) : P(P), Root(Root) {}

  llvm::Error error(const std::string &What) {
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "malformed consentlint/summaries (" + What +
            "); produce it with the same consentlint version");
  }
  bool files(const Array *A) {
    if (!A)
      return false;
    for (const Value &V : *A) {
      auto S = V.getAsString();
      if (!S)
        return false;
      if (llvm::sys::path::is_absolute(*S) || Root.empty()) {
        Files.push_back(S->str());
      } else {
        llvm::SmallString<256> P(Root);
        llvm::sys::path::append(P, *S);
        Files.push_back(std::string(P));
      }
    }
    return true;
  }
  bool loc(const Value *V, Location &L) {
    if (!V || V->kind() == Value::Null)
      return true;
    const Array *A = V->getAsArray();
    if (!A || A->size() != 5)
      return false;
    auto Idx = (*A)[0].getAsInteger();
    if (!Idx || *Idx < 0 || size_t(*Idx) >= Files.size())
      return false;
    L.File = Files[*Idx];
    unsigned *Out[] = {&L.Line, &L.Column, &L.EndLine, &L.EndColumn};
    for (unsigned I = 0; I < 4; ++I) {
      auto N = (*A)[I + 1].getAsInteger();
      if (!N || *N < 0)
        return false;
      *Out[I] = unsigned(*N);
    }
    return true;
  }
  PurposeSet purposes(const Value *V) {
    if (V && V->getAsString() && *V->getAsString() == "*")
      return AllPurposes;
    PurposeSet S = 0;
    if (const Array *A = V ? V->getAsArray() : nullptr)
      for (const Value &N : *A)
        if (auto Name = N.getAsString())
          S |= P.intern(*Name);
    return S;
  }
  static std::string str(const Object &O, llvm::StringRef K) {
    auto S = O.getString(K);
    return S ? S->str() : std::string();
  }
  static std::vector<std::string> strings(const Object &O, llvm::StringRef K) {
    std::vector<std::string> Out;
    if (const Array *A = O.getArray(K))
      for (const Value &V : *A)
        if (auto S = V.getAsString())
          Out.push_back(S->str());
    return Out;
  }
  bool finding(const Object *O, Finding &F) {
    if (!O)
      return false;
    F.Check = str(*O, "check");
    F.RuleId = str(*O, "rule");
    F.Vendor = str(*O, "vendor");
    F.Practice = str(*O, "practice");
    std::string Sev = str(*O, "severity");
    F.Severity = Sev == "error"  ? Level::Error
                 : Sev == "note" ? Level::Note
                                 : Level::Warning;
    F.Message = str(*O, "message");
    F.SourceLine = str(*O, "line");
    F.DataCategories = strings(*O, "data");
    F.Topics = strings(*O, "topics");
    F.MissingPurposes = strings(*O, "missing");
    if (!loc(O->get("loc"), F.Loc) || !F.Loc.valid())
      return false;
    if (const Array *Ns = O->getArray("notes"))
      for (const Value &V : *Ns) {
        const Object *NO = V.getAsObject();
        Note N;
        if (!NO || !loc(NO->get("loc"), N.Loc))
          return false;
        N.Message = str(*NO, "message");
        N.SourceLine = str(*NO, "line");
        F.Notes.push_back(std::move(N));
      }
    if (const Array *Fs = O->getArray("flow"))
      for (const Value &V : *Fs) {
        const Object *SO = V.getAsObject();
        FlowStep S;
        if (!SO || !loc(SO->get("loc"), S.Loc))
          return false;
        S.Message = str(*SO, "message");
        F.Flow.push_back(std::move(S));
      }
    if (const Array *Fs = O->getArray("dataPath"))
      for (const Value &V : *Fs) {
        const Object *SO = V.getAsObject();
        FlowStep S;
        if (!SO || !loc(SO->get("loc"), S.Loc))
          return false;
        S.Message = str(*SO, "message");
        F.DataPath.push_back(std::move(S));
      }
    return true;
  }
  bool sink(const Object *KO, SinkSummary &K) {
    if (!KO || !finding(KO->getObject("finding"), K.Base))
      return false;
    K.Function = str(*KO, "function");
    K.Subject = str(*KO, "subject");
    K.Action = str(*KO, "action");
    K.Required = purposes(KO->get("required"));
    K.Local = purposes(KO->get("local"));
    K.AlwaysReport = KO->getBoolean("alwaysReport").value_or(false);
    K.LocalOutcomes = strings(*KO, "localOutcomes");
    if (const Array *Gs = KO->getArray("gates"))
      for (const Value &GV : *Gs) {
        const Object *GO = GV.getAsObject();
        GateSighting G;
        if (!GO || !loc(GO->get("loc"), G.Loc))
          return false;
        G.Purposes = purposes(GO->get("purposes"));
        G.SourceLine = str(*GO, "line");
        K.Gates.push_back(std::move(G));
      }
    return true;
  }
  std::vector<std::string> Files;

private:
  PurposeTable &P;
  std::string Root;
};

} // namespace

static Value sink(Encoder &E, const SinkSummary &K) {
  Array Gates;
  for (const GateSighting &G : K.Gates)
    Gates.push_back(Object{{"loc", E.loc(G.Loc)},
                           {"purposes", E.purposes(G.Purposes)},
                           {"line", G.SourceLine}});
  return Object{{"function", K.Function},
                {"finding", E.finding(K.Base)},
                {"subject", K.Subject},
                {"action", K.Action},
                {"required", E.purposes(K.Required)},
                {"local", E.purposes(K.Local)},
                {"alwaysReport", K.AlwaysReport},
                {"localOutcomes", toJsonArray(K.LocalOutcomes)},
                {"gates", std::move(Gates)}};
}

Value summariesToJson(const std::vector<UnitSummaries> &Units,
                      const PurposeTable &Purposes,
                      const std::string &SourceRoot,
                      const RecordedOptions &Options) {
  Encoder E(Purposes, SourceRoot);
  Array Us;
  for (const UnitSummaries &U : Units) {
    Array TUs;
    for (const TUSummary &S : U.Summaries) {
      Array Fns, Calls, Sinks;
      for (const FunctionSummary &F : S.Functions) {
        Object O{{"id", F.Id}, {"name", F.Name}, {"loc", E.loc(F.Loc)}};
        if (!F.EntryReason.empty())
          O["entry"] = F.EntryReason;
        if (F.Nested)
          O["nested"] = true;
        if (!F.Overrides.empty())
          O["overrides"] = toJsonArray(F.Overrides);
        if (F.IsHelper)
          O["helper"] = Object{{"true", E.purposes(F.HelperTrue)},
                               {"false", E.purposes(F.HelperFalse)}};
        Fns.push_back(std::move(O));
      }
      for (const CallSummary &C : S.Calls) {
        Object CO{{"caller", C.Caller},
                  {"callee", C.Callee},
                  {"loc", E.loc(C.Loc)},
                  {"consent", E.purposes(C.Consent)},
                  {"outcomes", toJsonArray(C.Outcomes)}};
        if (!C.Args.empty()) {
          Array As;
          for (const CallSummary::Arg &A : C.Args)
            As.push_back(Object{{"index", A.Index},
                                {"true", E.purposes(A.WhenTrue)},
                                {"false", E.purposes(A.WhenFalse)},
                                {"trueOutcomes", toJsonArray(A.TrueOutcomes)},
                                {"falseOutcomes", toJsonArray(A.FalseOutcomes)}});
          CO["args"] = std::move(As);
        }
        Calls.push_back(std::move(CO));
      }
      for (const SinkSummary &K : S.Sinks)
        Sinks.push_back(sink(E, K));
      Array Exits, Entries;
      for (const FlowExit &X : S.FlowExits)
        Exits.push_back(Object{{"function", X.Function},
                               {"index", X.Index},
                               {"read", sink(E, X.Read)},
                               {"flowTo", toJsonArray(X.FlowTo)}});
      for (const FlowEntry &N : S.FlowEntries)
        Entries.push_back(Object{{"function", N.Function},
                                 {"index", N.Index},
                                 {"kind", N.Kind},
                                 {"relayFunction", N.RelayFunction},
                                 {"relayIndex", N.RelayIndex},
                                 {"sink", sink(E, N.Sink)}});
      TUs.push_back(Object{{"mainFile", E.rel(S.MainFile)},
                           {"functions", std::move(Fns)},
                           {"calls", std::move(Calls)},
                           {"sinks", std::move(Sinks)},
                           {"heldVendors", toJsonArray(S.HeldVendors)},
                           {"flowExits", std::move(Exits)},
                           {"flowEntries", std::move(Entries)}});
    }
    Object UO{{"file", E.rel(U.File)}, {"summaries", std::move(TUs)}};
    if (U.Failed)
      UO["failed"] = true;
    Us.push_back(std::move(UO));
  }
  Object Opts;
  for (const auto &[K, V] : Options)
    Opts[K] = V;
  Array PurposeNames;
  for (const std::string &N : Purposes.names(AllPurposes))
    PurposeNames.push_back(N);
  return Object{{"version", SummaryFormatVersion},
                {"purposes", std::move(PurposeNames)},
                {"options", std::move(Opts)},
                {"files", E.files()},
                {"units", std::move(Us)}};
}

std::vector<std::string> recordedPurposes(const Value &V) {
  std::vector<std::string> Out;
  if (const Object *O = V.getAsObject())
    if (const Array *A = O->getArray("purposes"))
      for (const Value &N : *A)
        if (auto S = N.getAsString())
          Out.push_back(S->str());
  return Out;
}

RecordedOptions recordedOptions(const Value &V) {
  RecordedOptions Out;
  if (const Object *O = V.getAsObject())
    if (const Object *Opts = O->getObject("options"))
      for (const auto &KV : *Opts)
        if (auto S = KV.second.getAsString())
          Out[KV.first.str()] = S->str();
  return Out;
}

llvm::Error summariesFromJson(const Value &V, PurposeTable &Purposes,
                              const std::string &SourceRoot,
                              std::vector<UnitSummaries> &Units) {
  Decoder D(Purposes, SourceRoot);
  const Object *Top = V.getAsObject();
  if (!Top)
    return D.error("not an object");
  auto Version = Top->getInteger("version");
  if (!Version || *Version != SummaryFormatVersion)
    return D.error("format version " +
                   (Version ? std::to_string(*Version) : std::string("?")) +
                   ", expected " + std::to_string(SummaryFormatVersion));
  if (!D.files(Top->getArray("files")))
    return D.error("files");
  auto Abs = [&](llvm::StringRef P) {
    if (llvm::sys::path::is_absolute(P) || SourceRoot.empty())
      return P.str();
    llvm::SmallString<256> S(SourceRoot);
    llvm::sys::path::append(S, P);
    return std::string(S);
  };
  const Array *Us = Top->getArray("units");
  if (!Us)
    return D.error("units");
  for (const Value &UV : *Us) {
    const Object *UO = UV.getAsObject();
    if (!UO || !UO->getString("file"))
      return D.error("unit");
    UnitSummaries U;
    U.File = Abs(*UO->getString("file"));
    U.Failed = UO->getBoolean("failed").value_or(false);
    if (const Array *TUs = UO->getArray("summaries"))
      for (const Value &TV : *TUs) {
        const Object *TO = TV.getAsObject();
        if (!TO)
          return D.error("summary");
        TUSummary S;
        S.MainFile = Abs(Decoder::str(*TO, "mainFile"));
        S.HeldVendors = Decoder::strings(*TO, "heldVendors");
        if (const Array *Fns = TO->getArray("functions"))
          for (const Value &FV : *Fns) {
            const Object *FO = FV.getAsObject();
            FunctionSummary F;
            if (!FO || !D.loc(FO->get("loc"), F.Loc))
              return D.error("function");
            F.Id = Decoder::str(*FO, "id");
            F.Name = Decoder::str(*FO, "name");
            F.EntryReason = Decoder::str(*FO, "entry");
            F.Nested = FO->getBoolean("nested").value_or(false);
            F.Overrides = Decoder::strings(*FO, "overrides");
            if (const Object *H = FO->getObject("helper")) {
              F.IsHelper = true;
              F.HelperTrue = D.purposes(H->get("true"));
              F.HelperFalse = D.purposes(H->get("false"));
            }
            S.Functions.push_back(std::move(F));
          }
        if (const Array *Cs = TO->getArray("calls"))
          for (const Value &CV : *Cs) {
            const Object *CO = CV.getAsObject();
            CallSummary C;
            if (!CO || !D.loc(CO->get("loc"), C.Loc))
              return D.error("call");
            C.Caller = Decoder::str(*CO, "caller");
            C.Callee = Decoder::str(*CO, "callee");
            C.Consent = D.purposes(CO->get("consent"));
            C.Outcomes = Decoder::strings(*CO, "outcomes");
            if (const Array *As = CO->getArray("args"))
              for (const Value &AV : *As) {
                const Object *AO = AV.getAsObject();
                if (!AO)
                  return D.error("call argument");
                CallSummary::Arg A;
                A.Index = static_cast<unsigned>(AO->getInteger("index").value_or(0));
                A.WhenTrue = D.purposes(AO->get("true"));
                A.WhenFalse = D.purposes(AO->get("false"));
                A.TrueOutcomes = Decoder::strings(*AO, "trueOutcomes");
                A.FalseOutcomes = Decoder::strings(*AO, "falseOutcomes");
                C.Args.push_back(std::move(A));
              }
            S.Calls.push_back(std::move(C));
          }
        if (const Array *Ks = TO->getArray("sinks"))
          for (const Value &KV : *Ks) {
            SinkSummary K;
            if (!D.sink(KV.getAsObject(), K))
              return D.error("sink");
            S.Sinks.push_back(std::move(K));
          }
        if (const Array *Xs = TO->getArray("flowExits"))
          for (const Value &XV : *Xs) {
            const Object *XO = XV.getAsObject();
            FlowExit X;
            if (!XO || !D.sink(XO->getObject("read"), X.Read))
              return D.error("flow exit");
            X.Function = Decoder::str(*XO, "function");
            X.Index = static_cast<int>(XO->getInteger("index").value_or(-1));
            X.FlowTo = Decoder::strings(*XO, "flowTo");
            S.FlowExits.push_back(std::move(X));
          }
        if (const Array *Ns = TO->getArray("flowEntries"))
          for (const Value &NV : *Ns) {
            const Object *NO = NV.getAsObject();
            FlowEntry N;
            if (!NO || !D.sink(NO->getObject("sink"), N.Sink))
              return D.error("flow entry");
            N.Function = Decoder::str(*NO, "function");
            N.Index = static_cast<int>(NO->getInteger("index").value_or(-1));
            N.Kind = Decoder::str(*NO, "kind");
            N.RelayFunction = Decoder::str(*NO, "relayFunction");
            N.RelayIndex =
                static_cast<int>(NO->getInteger("relayIndex").value_or(-1));
            S.FlowEntries.push_back(std::move(N));
          }
        U.Summaries.push_back(std::move(S));
      }
    Units.push_back(std::move(U));
  }
  return llvm::Error::success();
}

} // namespace consentlint
