//===- LoadRulePack.cpp - Parse rule packs (the yaml-cpp island) ----------===//
//
// Built with -fexceptions: yaml-cpp reports errors by throwing, and every
// exception is caught here and turned into an llvm::Error with a position.
//
//===----------------------------------------------------------------------===//

#include "rules/loader/LoadRulePack.h"
#include "rules/loader/YamlReader.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace consentlint {
namespace rules {

std::string formatConfigError(llvm::StringRef File, unsigned Line,
                              unsigned Column, llvm::StringRef Message) {
  std::string S = File.str();
  if (Line) {
    S += ":" + std::to_string(Line);
    if (Column)
      S += ":" + std::to_string(Column);
  }
  S += ": error: " + Message.str() + " [consentlint-config]";
  return S;
}

llvm::Error makeLoaderError(const std::string &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

llvm::Expected<std::string> readWholeFile(llvm::StringRef Path,
                                          llvm::StringRef What) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return makeLoaderError(formatConfigError(
        Path, 0, 0,
        "cannot read " + What.str() + ": " + Buf.getError().message()));
  return (*Buf)->getBuffer().str();
}

namespace {

/// Reads the parts of the schema shared by packs and project configs.
class PackParser {
public:
  explicit PackParser(YamlReader &R) : R(R) {}

  bool parseApi(const YAML::Node &N, ApiRef &Api) {
    if (!R.expectMap(N, "an API entry"))
      return false;
    if (!R.checkKeys(N,
                     {"function", "method", "objc", "field", "variable", "enum",
                      "string", "constructor", "format-function", "args",
                      "cookie-arg", "key-arg", "key-table", "except"},
                     "an API entry"))
      return false;
    Api.Mark = R.mark(N);
    static const std::pair<const char *, ApiKind> Kinds[] = {
        {"function", ApiKind::Function},   {"method", ApiKind::Method},
        {"objc", ApiKind::ObjCMessage},    {"field", ApiKind::Field},
        {"variable", ApiKind::Variable},   {"enum", ApiKind::EnumConstant},
        {"string", ApiKind::StringLiteral}, {"constructor", ApiKind::Constructor},
        {"format-function", ApiKind::FormatFunction}};
    int Found = 0;
    for (const auto &K : Kinds) {
      const YAML::Node V = N[K.first];
      if (!V.IsDefined())
        continue;
      ++Found;
      Api.Kind = K.second;
      if (K.second == ApiKind::ObjCMessage) {
        if (!R.expectMap(V, "'objc'") ||
            !R.checkKeys(V, {"class", "selector", "kind"}, "'objc'") ||
            !R.getString(V, "class", Api.Name, true) ||
            !R.getString(V, "selector", Api.Selector, true))
          return false;
        std::string Kind = "any";
        if (!R.getString(V, "kind", Kind))
          return false;
        if (Kind == "instance")
          Api.MessageKind = ObjCMessageKind::Instance;
        else if (Kind == "class")
          Api.MessageKind = ObjCMessageKind::Class;
        else if (Kind == "any")
          Api.MessageKind = ObjCMessageKind::Any;
        else
          return R.fail(V["kind"], "'kind' must be instance, class or any, found '" +
                                       Kind + "'");
      } else if (K.second == ApiKind::FormatFunction) {
        if (!R.getStringList(N, "format-function", Api.NameWords))
          return false;
        if (Api.NameWords.empty())
          return R.fail(V, "'format-function' needs the words a logger's name "
                           "has, e.g. [log, trace]");
        for (std::string &W : Api.NameWords)
          W = llvm::StringRef(W).lower();
      } else if (K.second == ApiKind::StringLiteral) {
        std::optional<bool> Written;
        if (!R.expectMap(V, "'string'") ||
            !R.checkKeys(V, {"equals", "prefix", "written"}, "'string'") ||
            !R.getString(V, "equals", Api.StringEquals) ||
            !R.getString(V, "prefix", Api.StringPrefix) ||
            !R.getBool(V, "written", Written))
          return false;
        if (Api.StringEquals.empty() == Api.StringPrefix.empty())
          return R.fail(V, "'string' needs exactly one of 'equals' or 'prefix'");
        Api.StringWritten = Written.value_or(false);
      } else {
        if (!R.scalar(V, std::string("'") + K.first + "'", Api.Name))
          return false;
        if (Api.Name.empty())
          return R.fail(V, std::string("'") + K.first + "' must not be empty");
      }
    }
    if (Found != 1)
      return R.fail(N, "an API entry needs exactly one of function, method, "
                       "objc, field, variable, enum, string, constructor, "
                       "format-function");
    if (const YAML::Node Args = N["args"]; Args.IsDefined()) {
      if (!R.expectSequence(Args, "'args'"))
        return false;
      for (const YAML::Node &A : Args) {
        ArgConstraint C;
        std::optional<unsigned> Index;
        if (!R.expectMap(A, "an 'args' entry") ||
            !R.checkKeys(A, {"index", "string", "not-string", "enum", "macro", "bool"},
                         "an 'args' entry") ||
            !R.getUnsigned(A, "index", Index) ||
            !R.getStringList(A, "string", C.StringEquals) ||
            !R.getStringList(A, "not-string", C.NotString) ||
            !R.getStringList(A, "enum", C.Enum) ||
            !R.getStringList(A, "macro", C.Macro) || !R.getBool(A, "bool", C.Bool))
          return false;
        if (!Index)
          return R.fail(A, "missing required key 'index'");
        C.Index = *Index;
        if (C.StringEquals.empty() && C.NotString.empty() && C.Enum.empty() &&
            C.Macro.empty() && !C.Bool)
          return R.fail(A, "an 'args' entry needs one of string, not-string, "
                           "enum, macro, bool");
        Api.Args.push_back(std::move(C));
      }
    }
    if (!R.getStringList(N, "except", Api.Except))
      return false;
    bool Wildcard = Api.Selector == "*" ||
                    llvm::StringRef(Api.Name).ends_with("::*");
    if (!Api.Except.empty() && !Wildcard)
      return R.fail(N["except"], "'except' is for APIs that name every method "
                                 "of a class ('Class::*' or selector '*')");
    if (Wildcard && Api.Kind != ApiKind::Method &&
        Api.Kind != ApiKind::Function && Api.Kind != ApiKind::ObjCMessage)
      return R.fail(N, "'*' names every method of a class: use it with "
                       "'method', 'function' or 'objc'");
    if (!R.getUnsigned(N, "cookie-arg", Api.CookieArg) ||
        !R.getUnsigned(N, "key-arg", Api.KeyArg) ||
        !R.getString(N, "key-table", Api.KeyTable))
      return false;
    if (Api.KeyArg.has_value() != !Api.KeyTable.empty())
      return R.fail(N, "'key-arg' and 'key-table' go together");
    return true;
  }

  bool parseApis(const YAML::Node &Parent, std::vector<ApiRef> &Out) {
    const YAML::Node Apis = Parent["apis"];
    if (!Apis.IsDefined())
      return R.fail(Parent, "missing required key 'apis'");
    if (!R.expectSequence(Apis, "'apis'"))
      return false;
    if (Apis.size() == 0)
      return R.fail(Apis, "'apis' must not be empty");
    for (const YAML::Node &A : Apis) {
      ApiRef Api;
      if (!parseApi(A, Api))
        return false;
      Out.push_back(std::move(Api));
    }
    return true;
  }

  bool parseRule(const YAML::Node &N, const std::string &DefaultVendor,
                 SinkRule &Rule) {
    if (!R.expectMap(N, "a rule") ||
        !R.checkKeys(N,
                     {"id", "check", "practice", "vendor", "level", "maturity",
                      "verified", "message", "help", "purposes", "data",
                      "topics", "apis", "flow", "out-arg", "data-args",
                      "flow-to"},
                     "a rule"))
      return false;
    Rule.Mark = R.mark(N);
    Rule.Vendor = DefaultVendor;
    if (!R.getString(N, "id", Rule.Id, true) ||
        !R.getString(N, "check", Rule.Check, true) ||
        !R.getString(N, "practice", Rule.Practice, true) ||
        !R.getString(N, "vendor", Rule.Vendor) ||
        !R.getString(N, "level", Rule.Level) ||
        !R.getString(N, "maturity", Rule.Maturity) ||
        !R.getString(N, "verified", Rule.Verified) ||
        !R.getString(N, "message", Rule.Message, true) ||
        !R.getString(N, "help", Rule.Help) ||
        !R.getStringList(N, "purposes", Rule.Purposes) ||
        !R.getStringList(N, "data", Rule.DataCategories) ||
        !R.getStringList(N, "topics", Rule.Topics) || !parseApis(N, Rule.Apis) ||
        !R.getString(N, "flow", Rule.Flow) ||
        !R.getUnsigned(N, "out-arg", Rule.OutArg) ||
        !R.getStringList(N, "flow-to", Rule.FlowTo))
      return false;
    for (const std::string &K : Rule.FlowTo)
      if (K != "log" && K != "storage" && K != "network" &&
          K != "third-party" && K != "cookie")
        return R.fail(N["flow-to"], "'flow-to' holds sink kinds (log, storage, "
                                    "network, third-party, cookie), found '" +
                                        K + "'");
    if (!Rule.FlowTo.empty() && Rule.Check != "consent-personal-data")
      return R.fail(N["flow-to"], "'flow-to' is for consent-personal-data sources");
    if (const YAML::Node DA = N["data-args"]; DA.IsDefined()) {
      if (!R.expectSequence(DA, "'data-args'"))
        return false;
      for (const YAML::Node &I : DA) {
        std::string Text;
        unsigned V = 0;
        if (!R.scalar(I, "a 'data-args' entry", Text) ||
            llvm::StringRef(Text).getAsInteger(10, V))
          return R.fail(I, "'data-args' holds argument indexes (0, 1, ...)");
        Rule.DataArgs.push_back(V);
      }
    }
    bool FlowRule = Rule.Check == "privacy-data-flow";
    if (FlowRule && Rule.Flow != "log" && Rule.Flow != "storage" &&
        Rule.Flow != "network" && Rule.Flow != "barrier")
      return R.fail(N["flow"].IsDefined() ? N["flow"] : N,
                    "a privacy-data-flow rule needs 'flow: log', 'storage', "
                    "'network' or 'barrier'");
    if (!FlowRule && !Rule.Flow.empty() && Rule.Flow != "only")
      return R.fail(N["flow"], "'flow' on a " + Rule.Check +
                                   " rule can only be 'only' (the read is no "
                                   "practice, its flow to a sink is), found '" +
                                   Rule.Flow + "'");
    if (!FlowRule && !Rule.DataArgs.empty())
      return R.fail(N["data-args"], "'data-args' is for privacy-data-flow sinks");
    if (Rule.OutArg && Rule.Check != "consent-personal-data")
      return R.fail(N["out-arg"], "'out-arg' is for consent-personal-data sources");
    if (Rule.Level != "error" && Rule.Level != "warning" && Rule.Level != "note")
      return R.fail(N["level"], "'level' must be error, warning or note, found '" +
                                    Rule.Level + "'");
    if (Rule.Maturity != "stable" && Rule.Maturity != "experimental" &&
        Rule.Maturity != "opt-in")
      return R.fail(N["maturity"],
                    "'maturity' must be stable, experimental or opt-in, found '" +
                        Rule.Maturity + "'");
    return true;
  }

  bool parseGate(const YAML::Node &N, const std::string &DefaultVendor,
                 GateRule &Gate) {
    if (!R.expectMap(N, "a gate") ||
        !R.checkKeys(N,
                     {"id", "vendor", "kind", "purposes", "apis", "granted",
                      "purpose-arg", "callback", "index-purposes", "delegate"},
                     "a gate"))
      return false;
    Gate.Mark = R.mark(N);
    Gate.Vendor = DefaultVendor;
    std::string Kind = "consent";
    if (!R.getString(N, "id", Gate.Id, true) ||
        !R.getString(N, "vendor", Gate.Vendor) || !R.getString(N, "kind", Kind) ||
        !R.getStringList(N, "purposes", Gate.Purposes) ||
        // A delegate gate may have no API of its own.
        ((N["apis"].IsDefined() || !N["delegate"].IsDefined()) &&
         !parseApis(N, Gate.Apis)))
      return false;
    if (Kind == "consent")
      Gate.Kind = GateKind::Consent;
    else if (Kind == "not-required")
      Gate.Kind = GateKind::NotRequired;
    else if (Kind == "holds-until-consent")
      Gate.Kind = GateKind::HoldsUntilConsent;
    else
      return R.fail(N["kind"], "'kind' must be consent, not-required or "
                               "holds-until-consent, found '" + Kind + "'");
    if (const YAML::Node G = N["granted"]; G.IsDefined()) {
      if (G.IsScalar()) {
        if (G.Scalar() != "truthy")
          return R.fail(G, "'granted' must be 'truthy' or a mapping with 'equals'");
      } else if (!R.expectMap(G, "'granted'") ||
                 !R.checkKeys(G, {"equals"}, "'granted'") ||
                 !R.getStringList(G, "equals", Gate.Granted.Equals)) {
        return false;
      }
    }
    if (const YAML::Node P = N["purpose-arg"]; P.IsDefined()) {
      if (!R.expectMap(P, "'purpose-arg'") ||
          !R.checkKeys(P, {"index", "values"}, "'purpose-arg'") ||
          !R.getUnsigned(P, "index", Gate.PurposeArg))
        return false;
      if (!Gate.PurposeArg)
        return R.fail(P, "missing required key 'index'");
      const YAML::Node V = P["values"];
      if (!V.IsDefined())
        return R.fail(P, "missing required key 'values'");
      if (!R.expectMap(V, "'values'"))
        return false;
      for (auto It = V.begin(); It != V.end(); ++It) {
        std::string Key;
        if (!R.scalar(It->first, "a purpose-arg value", Key))
          return false;
        std::vector<std::string> Purposes;
        YAML::Node Holder;
        Holder["v"] = It->second;
        if (!R.getStringList(Holder, "v", Purposes))
          return false;
        Gate.PurposeValues[Key] = Purposes;
      }
    } else if (Gate.Purposes.empty() && !N["index-purposes"].IsDefined()) {
      return R.fail(N, "a gate needs 'purposes', 'purpose-arg' or 'index-purposes'");
    }
    if (const YAML::Node X = N["index-purposes"]; X.IsDefined()) {
      if (!R.expectMap(X, "'index-purposes'"))
        return false;
      for (auto It = X.begin(); It != X.end(); ++It) {
        std::string Key;
        if (!R.scalar(It->first, "an index", Key))
          return false;
        if (Key.empty() || Key.size() > 4 ||
            Key.find_first_not_of("0123456789") != std::string::npos)
          return R.fail(It->first, "an index of 'index-purposes' must be a "
                                   "non-negative integer, found '" + Key + "'");
        YAML::Node Holder;
        Holder["p"] = It->second;
        std::vector<std::string> Purposes;
        if (!R.getStringList(Holder, "p", Purposes))
          return false;
        Gate.IndexPurposes[static_cast<unsigned>(std::stoul(Key))] = Purposes;
      }
    }
    if (const YAML::Node C = N["callback"]; C.IsDefined()) {
      std::optional<unsigned> Arg, Param;
      if (!R.expectMap(C, "'callback'") ||
          !R.checkKeys(C, {"arg", "param"}, "'callback'") ||
          !R.getUnsigned(C, "arg", Arg) || !R.getUnsigned(C, "param", Param))
        return false;
      if (!Arg)
        return R.fail(C, "missing required key 'arg'");
      Gate.CallbackArg = Arg;
      Gate.CallbackParam = Param.value_or(0);
    }
    if (const YAML::Node D = N["delegate"]; D.IsDefined()) {
      if (!R.expectMap(D, "'delegate'") ||
          !R.checkKeys(D, {"selector", "param"}, "'delegate'") ||
          !R.getString(D, "selector", Gate.DelegateSelector, true) ||
          !R.getUnsigned(D, "param", Gate.DelegateParam))
        return false;
    }
    if (Gate.Apis.empty() && Gate.DelegateSelector.empty())
      return R.fail(N, "a gate needs 'apis' or a 'delegate'");
    return true;
  }

  bool parseCookies(const YAML::Node &N, CookieTaxonomy &Out) {
    if (!R.expectMap(N, "'cookies'") ||
        !R.checkKeys(N, {"categories", "names"}, "'cookies'"))
      return false;
    if (const YAML::Node C = N["categories"]; C.IsDefined()) {
      if (!R.expectMap(C, "'categories'"))
        return false;
      for (auto It = C.begin(); It != C.end(); ++It) {
        std::string Name;
        if (!R.scalar(It->first, "a cookie category", Name))
          return false;
        YAML::Node Holder;
        Holder["purposes"] = It->second;
        std::vector<std::string> Purposes;
        if (!R.getStringList(Holder, "purposes", Purposes))
          return false;
        Out.Categories[Name] = Purposes;
      }
    }
    if (const YAML::Node Names = N["names"]; Names.IsDefined()) {
      if (!R.expectSequence(Names, "'names'"))
        return false;
      for (const YAML::Node &E : Names) {
        CookieName C;
        C.Mark = R.mark(E);
        if (!R.expectMap(E, "a cookie name") ||
            !R.checkKeys(E, {"name", "prefix", "contains", "category"},
                         "a cookie name") ||
            !R.getString(E, "name", C.Exact) ||
            !R.getString(E, "prefix", C.Prefix) ||
            !R.getString(E, "contains", C.Contains) ||
            !R.getString(E, "category", C.Category, true))
          return false;
        if (C.Exact.empty() + C.Prefix.empty() + C.Contains.empty() != 2)
          return R.fail(E, "a cookie name needs exactly one of name, prefix, contains");
        Out.Names.push_back(std::move(C));
      }
    }
    return true;
  }

  bool parseKeyTables(const YAML::Node &N, std::vector<KeyTable> &Out) {
    if (!R.expectSequence(N, "'key-tables'"))
      return false;
    for (const YAML::Node &T : N) {
      KeyTable Table;
      Table.Mark = R.mark(T);
      if (!R.expectMap(T, "a key table") ||
          !R.checkKeys(T, {"id", "noun", "keys"}, "a key table") ||
          !R.getString(T, "id", Table.Id, true) ||
          !R.getString(T, "noun", Table.Noun))
        return false;
      const YAML::Node Keys = T["keys"];
      if (!Keys.IsDefined())
        return R.fail(T, "missing required key 'keys'");
      if (!R.expectSequence(Keys, "'keys'"))
        return false;
      for (const YAML::Node &K : Keys) {
        KeyEntry E;
        if (!R.expectMap(K, "a key entry") ||
            !R.checkKeys(K, {"match", "data", "topics"}, "a key entry") ||
            !R.getStringList(K, "match", E.Match) ||
            !R.getStringList(K, "data", E.DataCategories) ||
            !R.getStringList(K, "topics", E.Topics))
          return false;
        if (E.Match.empty())
          return R.fail(K, "a key entry needs 'match'");
        Table.Entries.push_back(std::move(E));
      }
      Out.push_back(std::move(Table));
    }
    return true;
  }

  /// The sections a pack and a project config share.
  bool parseSections(const YAML::Node &Root, const std::string &Vendor,
                     RulePack &Pack) {
    if (const YAML::Node Rules = Root["rules"]; Rules.IsDefined()) {
      if (!R.expectSequence(Rules, "'rules'"))
        return false;
      for (const YAML::Node &N : Rules) {
        SinkRule Rule;
        if (!parseRule(N, Vendor, Rule))
          return false;
        Pack.Rules.push_back(std::move(Rule));
      }
    }
    if (const YAML::Node Gates = Root["gates"]; Gates.IsDefined()) {
      if (!R.expectSequence(Gates, "'gates'"))
        return false;
      for (const YAML::Node &N : Gates) {
        GateRule Gate;
        if (!parseGate(N, Vendor, Gate))
          return false;
        Pack.Gates.push_back(std::move(Gate));
      }
    }
    if (const YAML::Node C = Root["cookies"]; C.IsDefined())
      if (!parseCookies(C, Pack.Cookies))
        return false;
    if (const YAML::Node K = Root["key-tables"]; K.IsDefined())
      if (!parseKeyTables(K, Pack.KeyTables))
        return false;
    if (const YAML::Node CN = Root["consent-names"]; CN.IsDefined())
      if (!parseConsentNames(CN, Pack.ConsentNames))
        return false;
    if (const YAML::Node E = Root["entry-points"]; E.IsDefined()) {
      if (!R.expectMap(E, "'entry-points'") ||
          !R.checkKeys(E, {"functions", "objc-selectors"}, "'entry-points'") ||
          !R.getStringList(E, "functions", Pack.Entries.Functions) ||
          !R.getStringList(E, "objc-selectors", Pack.Entries.ObjCSelectors))
        return false;
    }
    return true;
  }

private:
  bool parseConsentNames(const YAML::Node &N, std::vector<ConsentName> &Out) {
    if (!R.expectSequence(N, "'consent-names'"))
      return false;
    for (const YAML::Node &E : N) {
      ConsentName C;
      C.Mark = R.mark(E);
      std::string Means = "granted";
      if (!R.expectMap(E, "a 'consent-names' entry") ||
          !R.checkKeys(E, {"all-of", "none-of", "purposes", "means"},
                       "a 'consent-names' entry") ||
          !R.getStringList(E, "purposes", C.Purposes) ||
          !R.getStringList(E, "none-of", C.NoneOf) ||
          !R.getString(E, "means", Means))
        return false;
      if (Means != "granted" && Means != "refused")
        return R.fail(E["means"], "'means' must be granted or refused, found '" +
                                      Means + "'");
      C.Refused = Means == "refused";
      const YAML::Node Groups = E["all-of"];
      if (!Groups.IsDefined())
        return R.fail(E, "missing required key 'all-of'");
      if (!R.expectSequence(Groups, "'all-of'"))
        return false;
      for (const YAML::Node &G : Groups) {
        if (!R.expectSequence(G, "an 'all-of' group"))
          return false;
        std::vector<std::string> Words;
        for (const YAML::Node &W : G) {
          std::string Word;
          if (!R.scalar(W, "a word", Word))
            return false;
          Words.push_back(std::move(Word));
        }
        if (Words.empty())
          return R.fail(G, "an 'all-of' group needs at least one word");
        C.AllOf.push_back(std::move(Words));
      }
      if (C.AllOf.empty() || C.Purposes.empty())
        return R.fail(E, "a 'consent-names' entry needs 'all-of' and 'purposes'");
      Out.push_back(std::move(C));
    }
    return true;
  }

  YamlReader &R;
};

} // namespace

/// Duplicate ids need the position of the second occurrence, which the
/// structs carry; report them after parsing.
std::optional<std::string> findDuplicateId(const RulePack &Pack) {
  llvm::StringMap<SourceMark> Seen;
  auto Check = [&](const std::string &Id,
                   const SourceMark &M) -> std::optional<std::string> {
    auto [It, Inserted] = Seen.try_emplace(Id, M);
    if (Inserted)
      return std::nullopt;
    return formatConfigError(M.File, M.Line, M.Column,
                             "duplicate rule id '" + Id + "' (first at line " +
                                 std::to_string(It->second.Line) + ")");
  };
  for (const SinkRule &Rule : Pack.Rules)
    if (auto E = Check(Rule.Id, Rule.Mark))
      return E;
  for (const GateRule &Gate : Pack.Gates)
    if (auto E = Check(Gate.Id, Gate.Mark))
      return E;
  return std::nullopt;
}

static bool parsePackRoot(YamlReader &R, const YAML::Node &Root, RulePack &Pack) {
  if (!Root.IsDefined() || Root.IsNull())
    return R.fail(Root, "the rule pack is empty; expected a mapping with 'pack'");
  if (!R.expectMap(Root, "a rule pack") ||
      !R.checkKeys(Root,
                   {"pack", "description", "vendor", "rules", "gates", "cookies",
                    "key-tables", "entry-points", "consent-names"},
                   "a rule pack") ||
      !R.getString(Root, "pack", Pack.Name, true) ||
      !R.getString(Root, "description", Pack.Description))
    return false;
  std::string Vendor;
  if (!R.getString(Root, "vendor", Vendor))
    return false;
  return PackParser(R).parseSections(Root, Vendor, Pack);
}

llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef Path) noexcept {
  RulePack Pack;
  Pack.Path = Path.str();
  YamlReader R(Path.str());
  std::optional<std::string> Err = guarded(Path, [&] {
    YAML::Node Root = YAML::Load(Text.str());
    parsePackRoot(R, Root, Pack);
  });
  if (!Err && R.failed())
    Err = R.error();
  if (!Err)
    Err = findDuplicateId(Pack);
  if (Err)
    return makeLoaderError(*Err);
  return Pack;
}

llvm::Expected<RulePack> loadRulePack(llvm::StringRef Path) noexcept {
  auto Text = readWholeFile(Path, "rule pack");
  if (!Text)
    return Text.takeError();
  return parseRulePack(*Text, Path);
}

llvm::Expected<std::vector<RulePack>> loadRulePacks(llvm::StringRef Path) noexcept {
  std::vector<RulePack> Packs;
  if (!llvm::sys::fs::is_directory(Path)) {
    auto Pack = loadRulePack(Path);
    if (!Pack)
      return Pack.takeError();
    Packs.push_back(std::move(*Pack));
    return Packs;
  }
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.ends_with(".yaml") || Name.ends_with(".yml"))
      Files.push_back(It->path());
  }
  if (EC)
    return makeLoaderError(formatConfigError(Path, 0, 0,
                                       "cannot list rule packs: " + EC.message()));
  std::sort(Files.begin(), Files.end());
  for (const std::string &F : Files) {
    auto Pack = loadRulePack(F);
    if (!Pack)
      return Pack.takeError();
    Packs.push_back(std::move(*Pack));
  }
  return Packs;
}

// Exposed to LoadConfig.cpp: the shared sections of the schema.
bool parseProjectSections(YamlReader &R, const YAML::Node &Root, RulePack &Pack) {
  return PackParser(R).parseSections(Root, "project", Pack);
}

} // namespace rules
} // namespace consentlint
