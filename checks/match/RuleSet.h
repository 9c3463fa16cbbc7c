//===- RuleSet.h - Rule packs compiled into name-lookup indexes -*- C++ -*-===//
//
// Matching is by name lookup: every API in every pack is indexed by its
// simple name (function, method or field name, selector, enumerator), so the
// cost of a call site does not grow with the number of packs.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_MATCH_RULESET_H
#define CONSENTLINT_CHECKS_MATCH_RULESET_H

#include "checks/consent/Purposes.h"
#include "rules/loader/RulePack.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>

namespace consentlint {

class CheckRegistry;

/// One API of one rule or gate.
struct ApiUse {
  const rules::ApiRef *Api = nullptr;
  const rules::SinkRule *Rule = nullptr; ///< Set for sinks.
  const rules::GateRule *Gate = nullptr; ///< Set for gates.
  PurposeSet Purposes = 0;               ///< The rule's or gate's purposes.
};

/// The result of classifying a cookie name.
struct CookieClass {
  std::string Category; ///< Empty when unknown.
  PurposeSet Purposes = 0;
  bool StrictlyNecessary = false;
};

/// What a name that reads as a privacy choice says (rules::ConsentName).
struct ConsentNameClass {
  PurposeSet Purposes = 0;
  bool Refused = false; ///< True means the user said no.
};

class RuleSet {
public:
  /// Validates and indexes \p Packs (project config packs last; their cookie
  /// and key entries take precedence). Purposes are interned in \p Table.
  static llvm::Expected<std::unique_ptr<RuleSet>>
  build(std::vector<rules::RulePack> Packs, PurposeTable &Table,
        const CheckRegistry &Checks);

  llvm::ArrayRef<ApiUse> byCallee(llvm::StringRef SimpleName) const {
    return lookup(Callees, SimpleName);
  }
  llvm::ArrayRef<ApiUse> bySelector(llvm::StringRef Selector) const {
    return lookup(Selectors, Selector);
  }
  llvm::ArrayRef<ApiUse> byValueName(llvm::StringRef SimpleName) const {
    return lookup(Values, SimpleName);
  }
  llvm::ArrayRef<ApiUse> byEnumerator(llvm::StringRef SimpleName) const {
    return lookup(Enumerators, SimpleName);
  }
  llvm::ArrayRef<ApiUse> stringApis() const { return Strings; }
  llvm::ArrayRef<ApiUse> formatFunctionApis() const { return FormatFunctions; }
  /// Gates whose value the platform hands to a delegate method with this
  /// selector (`delegate:` in the gate).
  llvm::ArrayRef<ApiUse> byDelegate(llvm::StringRef Selector) const {
    return lookup(Delegates, Selector);
  }

  CookieClass classifyCookie(llvm::StringRef Name) const;
  /// The first `consent-names` entry (the project's own first, then refused
  /// before granted) whose every word group \p Text contains.
  std::optional<ConsentNameClass> classifyConsentName(llvm::StringRef Text) const;
  /// What keys of \p Table are called ("form field" unless it says).
  llvm::StringRef keyNoun(llvm::StringRef Table) const {
    auto It = KeyTables.find(Table);
    return It == KeyTables.end() ? llvm::StringRef("form field")
                                 : llvm::StringRef(It->second->Noun);
  }
  const rules::KeyEntry *classifyKey(llvm::StringRef Table,
                                     llvm::StringRef Key) const;
  bool isEntryFunction(llvm::StringRef Name) const {
    return EntryFunctions.count(Name);
  }
  bool isEntrySelector(llvm::StringRef Sel) const {
    return EntrySelectors.count(Sel);
  }

  const std::vector<rules::RulePack> &packs() const { return Packs; }
  const PurposeTable &purposes() const { return *Table; }
  PurposeTable &purposes() { return *Table; }
  /// Purposes of a gate that takes its purpose as an argument.
  PurposeSet purposesForValue(const rules::GateRule &G,
                              llvm::StringRef Spelling) const;

private:
  using Index = llvm::StringMap<std::vector<ApiUse>>;
  static llvm::ArrayRef<ApiUse> lookup(const Index &I, llvm::StringRef K) {
    auto It = I.find(K);
    return It == I.end() ? llvm::ArrayRef<ApiUse>() : llvm::ArrayRef<ApiUse>(It->second);
  }
  void add(const rules::ApiRef &Api, ApiUse Use);

  std::vector<rules::RulePack> Packs;
  PurposeTable *Table = nullptr;
  Index Callees, Selectors, Values, Enumerators, Delegates;
  std::vector<ApiUse> Strings;
  std::vector<ApiUse> FormatFunctions;
  llvm::StringMap<PurposeSet> CategoryPurposes;
  std::vector<const rules::CookieName *> CookieNames; ///< Precedence order.
  llvm::StringMap<const rules::KeyTable *> KeyTables;
  llvm::StringMap<char> EntryFunctions, EntrySelectors;
  struct CompiledName {
    const rules::ConsentName *Entry;
    ConsentNameClass Class;
  };
  std::vector<CompiledName> ConsentNames; ///< Precedence order.
};

/// The last component of a qualified name ("a::b::c" -> "c").
llvm::StringRef simpleName(llvm::StringRef Qualified);

} // namespace consentlint

#endif
