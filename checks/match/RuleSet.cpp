//===- RuleSet.cpp - Rule packs compiled into name-lookup indexes ---------===//

#include "checks/match/RuleSet.h"
#include "checks/CheckRegistry.h"
#include "rules/loader/LoadRulePack.h"
#include "llvm/ADT/StringExtras.h"

namespace consentlint {

llvm::StringRef simpleName(llvm::StringRef Qualified) {
  size_t Pos = Qualified.rfind("::");
  llvm::StringRef S =
      Pos == llvm::StringRef::npos ? Qualified : Qualified.substr(Pos + 2);
  // ObjC properties in variable gates are written Class.property.
  size_t Dot = S.rfind('.');
  return Dot == llvm::StringRef::npos ? S : S.substr(Dot + 1);
}

static llvm::Error errorAt(const rules::SourceMark &M, const std::string &Msg) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      rules::formatConfigError(M.File, M.Line, M.Column, Msg));
}

void RuleSet::add(const rules::ApiRef &Api, ApiUse Use) {
  Use.Api = &Api;
  switch (Api.Kind) {
  case rules::ApiKind::Function:
  case rules::ApiKind::Method:
  case rules::ApiKind::Constructor:
    Callees[simpleName(Api.Name)].push_back(Use);
    break;
  case rules::ApiKind::ObjCMessage:
    Selectors[Api.Selector].push_back(Use);
    break;
  case rules::ApiKind::Field:
  case rules::ApiKind::Variable:
    Values[simpleName(Api.Name)].push_back(Use);
    break;
  case rules::ApiKind::EnumConstant:
    Enumerators[simpleName(Api.Name)].push_back(Use);
    break;
  case rules::ApiKind::StringLiteral:
    Strings.push_back(Use);
    break;
  case rules::ApiKind::FormatFunction:
    FormatFunctions.push_back(Use);
    break;
  }
}

llvm::Expected<std::unique_ptr<RuleSet>>
RuleSet::build(std::vector<rules::RulePack> InPacks, PurposeTable &Table,
               const CheckRegistry &Checks) {
  auto RS = std::unique_ptr<RuleSet>(new RuleSet());
  RS->Packs = std::move(InPacks);
  RS->Table = &Table;
  // Category purposes first: cookie rules refer to them.
  for (const rules::RulePack &P : RS->Packs)
    for (const auto &[Name, Purposes] : P.Cookies.Categories)
      RS->CategoryPurposes[Name] = Table.internAll(Purposes);
  for (const rules::RulePack &P : RS->Packs)
    for (const rules::KeyTable &T : P.KeyTables)
      RS->KeyTables[T.Id] = &T;

  for (const rules::RulePack &P : RS->Packs) {
    for (const rules::SinkRule &R : P.Rules) {
      if (!Checks.find(R.Check))
        return errorAt(R.Mark, "rule '" + R.Id + "' names unknown check '" +
                                   R.Check + "'; see consentlint --list-checks");
      bool FlowRule = R.Check == "privacy-data-flow";
      if (R.Purposes.empty() && R.Check != "consent-cookie" && !FlowRule)
        return errorAt(R.Mark, "rule '" + R.Id + "' needs 'purposes'");
      ApiUse Use;
      Use.Rule = &R;
      Use.Purposes = Table.internAll(R.Purposes);
      for (const rules::ApiRef &A : R.Apis) {
        if (!A.KeyTable.empty() && !RS->KeyTables.count(A.KeyTable))
          return errorAt(A.Mark, "unknown key table '" + A.KeyTable + "'");
        if (A.Kind == rules::ApiKind::Variable && !FlowRule)
          return errorAt(A.Mark, "'variable' APIs are for gates; use 'field' "
                                 "for a data source");
        RS->add(A, Use);
      }
    }
    for (const rules::GateRule &G : P.Gates) {
      ApiUse Use;
      Use.Gate = &G;
      Use.Purposes = Table.internAll(G.Purposes);
      for (const auto &[Spelling, Purposes] : G.PurposeValues)
        Table.internAll(Purposes);
      for (const auto &[Index, Purposes] : G.IndexPurposes)
        Use.Purposes |= Table.internAll(Purposes);
      for (const rules::ApiRef &A : G.Apis)
        RS->add(A, Use);
      if (!G.DelegateSelector.empty())
        RS->Delegates[G.DelegateSelector].push_back(Use);
    }
    for (const std::string &F : P.Entries.Functions)
      RS->EntryFunctions[F] = 1;
    for (const std::string &S : P.Entries.ObjCSelectors)
      RS->EntrySelectors[S] = 1;
  }
  // Names read as choices: the project's own first, refusals before grants
  // ("optOutTracking" holds "tracking" too).
  for (bool Refused : {true, false})
    for (auto P = RS->Packs.rbegin(); P != RS->Packs.rend(); ++P)
      for (const rules::ConsentName &C : P->ConsentNames)
        if (C.Refused == Refused)
          RS->ConsentNames.push_back(
              {&C, ConsentNameClass{Table.internAll(C.Purposes), C.Refused}});
  // Cookie names: the project's own (the last pack) take precedence.
  for (auto P = RS->Packs.rbegin(); P != RS->Packs.rend(); ++P)
    for (const rules::CookieName &C : P->Cookies.Names) {
      if (!RS->CategoryPurposes.count(C.Category))
        return errorAt(C.Mark, "unknown cookie category '" + C.Category + "'");
      RS->CookieNames.push_back(&C);
    }
  return std::move(RS);
}

std::optional<ConsentNameClass>
RuleSet::classifyConsentName(llvm::StringRef Text) const {
  if (ConsentNames.empty())
    return std::nullopt;
  std::string Norm; // "Settings::values.enable_telemetry" -> "settingsvaluesenabletelemetry"
  for (char C : Text)
    if (llvm::isAlnum(C))
      Norm.push_back(llvm::toLower(C));
  for (const CompiledName &N : ConsentNames) {
    bool All = true;
    for (const std::string &W : N.Entry->NoneOf)
      All &= !llvm::StringRef(Norm).contains(W);
    for (const std::vector<std::string> &Group : N.Entry->AllOf) {
      bool Any = false;
      for (const std::string &W : Group)
        Any |= llvm::StringRef(Norm).contains(W);
      All &= Any;
    }
    if (All)
      return N.Class;
  }
  return std::nullopt;
}

CookieClass RuleSet::classifyCookie(llvm::StringRef Name) const {
  CookieClass Out;
  auto Take = [&](const rules::CookieName *C) {
    Out.Category = C->Category;
    Out.Purposes = CategoryPurposes.lookup(C->Category);
    Out.StrictlyNecessary = Out.Purposes == 0;
  };
  // Exact names first, then prefixes, then substrings (case-insensitive).
  for (const rules::CookieName *C : CookieNames)
    if (!C->Exact.empty() && Name == C->Exact) {
      Take(C);
      return Out;
    }
  std::string Lower = Name.lower();
  for (const rules::CookieName *C : CookieNames)
    if (!C->Prefix.empty() && llvm::StringRef(Lower).starts_with_insensitive(C->Prefix)) {
      Take(C);
      return Out;
    }
  for (const rules::CookieName *C : CookieNames)
    if (!C->Contains.empty() &&
        llvm::StringRef(Lower).contains_insensitive(C->Contains)) {
      Take(C);
      return Out;
    }
  return Out;
}

const rules::KeyEntry *RuleSet::classifyKey(llvm::StringRef Table,
                                            llvm::StringRef Key) const {
  const rules::KeyTable *T = KeyTables.lookup(Table);
  if (!T)
    return nullptr;
  // Compare on letters and digits only: "e-mail", "E_Mail" and "email" agree.
  auto Normalise = [](llvm::StringRef S) {
    std::string Out;
    for (char C : S)
      if (llvm::isAlnum(C) || static_cast<unsigned char>(C) >= 0x80)
        Out += llvm::toLower(C);
    return Out;
  };
  // A match written "=name" must equal the whole key, so that "name" does
  // not match "filename".
  std::string K = Normalise(Key);
  for (const rules::KeyEntry &E : T->Entries)
    for (const std::string &M : E.Match) {
      llvm::StringRef MR(M);
      if (MR.consume_front("=") ? K == Normalise(MR)
                                : llvm::StringRef(K).contains(Normalise(MR)))
        return &E;
    }
  return nullptr;
}

PurposeSet RuleSet::purposesForValue(const rules::GateRule &G,
                                     llvm::StringRef Spelling) const {
  for (const auto &[Key, Purposes] : G.PurposeValues) {
    llvm::StringRef K(Key);
    if (K.equals_insensitive(Spelling) || simpleName(K) == Spelling ||
        K == simpleName(Spelling) || K.equals_insensitive(simpleName(Spelling))) {
      PurposeSet S = 0;
      for (const std::string &P : Purposes)
        S |= Table->lookup(P);
      return S;
    }
  }
  return 0;
}

} // namespace consentlint
