//===- RulesJson.cpp - Loaded rule packs as JSON --------------------------===//

#include "driver/RulesJson.h"
#include "engine/JsonFile.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace consentlint {
namespace json = llvm::json;

static json::Object api(const rules::ApiRef &A) {
  json::Object O;
  switch (A.Kind) {
  case rules::ApiKind::Function: O["kind"] = "function"; break;
  case rules::ApiKind::Method: O["kind"] = "method"; break;
  case rules::ApiKind::ObjCMessage: O["kind"] = "objc"; break;
  case rules::ApiKind::Field: O["kind"] = "field"; break;
  case rules::ApiKind::Variable: O["kind"] = "variable"; break;
  case rules::ApiKind::EnumConstant: O["kind"] = "enum"; break;
  case rules::ApiKind::StringLiteral: O["kind"] = "string"; break;
  case rules::ApiKind::Constructor: O["kind"] = "constructor"; break;
  case rules::ApiKind::FormatFunction: O["kind"] = "format-function"; break;
  }
  if (A.Kind == rules::ApiKind::ObjCMessage) {
    const char *Prefix = A.MessageKind == rules::ObjCMessageKind::Class ? "+"
                         : A.MessageKind == rules::ObjCMessageKind::Instance
                             ? "-"
                             : "";
    O["name"] = std::string(Prefix) + "[" + A.Name + " " + A.Selector + "]";
  } else if (A.Kind == rules::ApiKind::StringLiteral) {
    O["name"] = A.StringEquals.empty() ? "\"" + A.StringPrefix + "...\""
                                       : "\"" + A.StringEquals + "\"";
  } else {
    O["name"] = A.Name;
  }
  json::Array Args;
  for (const rules::ArgConstraint &C : A.Args) {
    json::Object CO;
    CO["index"] = static_cast<int64_t>(C.Index);
    if (!C.StringEquals.empty())
      CO["string"] = toJsonArray(C.StringEquals);
    if (!C.NotString.empty())
      CO["not-string"] = toJsonArray(C.NotString);
    if (!C.Enum.empty())
      CO["enum"] = toJsonArray(C.Enum);
    if (!C.Macro.empty())
      CO["macro"] = toJsonArray(C.Macro);
    if (C.Bool)
      CO["bool"] = *C.Bool;
    Args.push_back(std::move(CO));
  }
  if (!Args.empty())
    O["args"] = std::move(Args);
  if (A.CookieArg)
    O["cookie-arg"] = static_cast<int64_t>(*A.CookieArg);
  if (A.KeyArg) {
    O["key-arg"] = static_cast<int64_t>(*A.KeyArg);
    O["key-table"] = A.KeyTable;
  }
  return O;
}

void dumpRulesJson(const std::vector<rules::RulePack> &Packs,
                   llvm::raw_ostream &OS) {
  json::Array Out;
  for (const rules::RulePack &P : Packs) {
    if (P.Path.empty() || P.Name.empty())
      continue;
    json::Object PO;
    PO["pack"] = P.Name;
    PO["description"] = P.Description;
    PO["file"] = llvm::sys::path::filename(P.Path).str();
    json::Array Rules;
    for (const rules::SinkRule &R : P.Rules) {
      json::Object RO;
      RO["id"] = R.Id;
      RO["check"] = R.Check;
      RO["practice"] = R.Practice;
      RO["vendor"] = R.Vendor;
      RO["level"] = R.Level;
      RO["maturity"] = R.Maturity;
      RO["message"] = R.Message;
      RO["help"] = R.Help;
      RO["purposes"] = toJsonArray(R.Purposes);
      RO["data"] = toJsonArray(R.DataCategories);
      RO["topics"] = toJsonArray(R.Topics);
      json::Array Apis;
      for (const rules::ApiRef &A : R.Apis)
        Apis.push_back(api(A));
      RO["apis"] = std::move(Apis);
      Rules.push_back(std::move(RO));
    }
    PO["rules"] = std::move(Rules);
    json::Array Gates;
    for (const rules::GateRule &G : P.Gates) {
      json::Object GO;
      GO["id"] = G.Id;
      GO["vendor"] = G.Vendor;
      GO["kind"] = G.Kind == rules::GateKind::NotRequired ? "not-required"
                                                          : "consent";
      GO["purposes"] = toJsonArray(G.Purposes);
      GO["granted"] = toJsonArray(G.Granted.Equals);
      if (G.PurposeArg) {
        json::Object Values;
        for (const auto &[K, V] : G.PurposeValues)
          Values[K] = toJsonArray(V);
        GO["purpose-arg"] = json::Object{
            {"index", static_cast<int64_t>(*G.PurposeArg)},
            {"values", std::move(Values)}};
      }
      if (!G.IndexPurposes.empty()) {
        json::Object Index;
        for (const auto &[N, V] : G.IndexPurposes)
          Index[std::to_string(N)] = toJsonArray(V);
        GO["index-purposes"] = std::move(Index);
      }
      if (G.CallbackArg)
        GO["callback"] =
            json::Object{{"arg", static_cast<int64_t>(*G.CallbackArg)},
                         {"param", static_cast<int64_t>(G.CallbackParam)}};
      json::Array Apis;
      for (const rules::ApiRef &A : G.Apis)
        Apis.push_back(api(A));
      GO["apis"] = std::move(Apis);
      Gates.push_back(std::move(GO));
    }
    PO["gates"] = std::move(Gates);
    json::Object Categories;
    for (const auto &[K, V] : P.Cookies.Categories)
      Categories[K] = toJsonArray(V);
    json::Array Names;
    for (const rules::CookieName &C : P.Cookies.Names) {
      json::Object CO;
      if (!C.Exact.empty())
        CO["name"] = C.Exact;
      if (!C.Prefix.empty())
        CO["prefix"] = C.Prefix;
      if (!C.Contains.empty())
        CO["contains"] = C.Contains;
      CO["category"] = C.Category;
      Names.push_back(std::move(CO));
    }
    PO["cookies"] = json::Object{{"categories", std::move(Categories)},
                                 {"names", std::move(Names)}};
    json::Array Tables;
    for (const rules::KeyTable &T : P.KeyTables) {
      json::Array Keys;
      for (const rules::KeyEntry &E : T.Entries)
        Keys.push_back(json::Object{{"match", toJsonArray(E.Match)},
                                    {"data", toJsonArray(E.DataCategories)},
                                    {"topics", toJsonArray(E.Topics)}});
      Tables.push_back(json::Object{{"id", T.Id}, {"keys", std::move(Keys)}});
    }
    PO["key-tables"] = std::move(Tables);
    PO["entry-points"] =
        json::Object{{"functions", toJsonArray(P.Entries.Functions)},
                     {"objc-selectors", toJsonArray(P.Entries.ObjCSelectors)}};
    Out.push_back(std::move(PO));
  }
  OS << llvm::formatv("{0:2}", json::Value(std::move(Out))) << "\n";
}

} // namespace consentlint
