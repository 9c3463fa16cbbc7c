//===- RulesJson.h - Loaded rule packs as JSON ------------------*- C++ -*-===//
//
// --dump-rules-json prints every loaded pack (rules, gates, cookie names, key
// tables) as JSON, for tools/gen_rule_docs.py and other tooling that must not
// parse YAML itself.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_RULESJSON_H
#define CONSENTLINT_DRIVER_RULESJSON_H

#include "rules/loader/RulePack.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace consentlint {

/// Writes \p Packs as one pretty-printed JSON document. Packs without a file
/// (the project's own rules) are left out.
void dumpRulesJson(const std::vector<rules::RulePack> &Packs,
                   llvm::raw_ostream &OS);

} // namespace consentlint

#endif
