//===- CheckRegistry.cpp - The list of consentlint checks -----------------===//
//
// Keep the list sorted; each check's doc is docs/checks/<name>.md.
//
//===----------------------------------------------------------------------===//

#include "checks/CheckRegistry.h"
#include "checks/ads/AdSdkCheck.h"
#include "checks/analytics/AnalyticsSdkCheck.h"
#include "checks/cookies/CookieCheck.h"
#include "checks/flow/DataFlowCheck.h"
#include "checks/pii/PersonalDataCheck.h"
#include "checks/policy/UndisclosedPracticeCheck.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"

namespace consentlint {

CheckRegistry::CheckRegistry() {
  Checks.push_back(std::make_unique<AdSdkCheck>());
  Checks.push_back(std::make_unique<AnalyticsSdkCheck>());
  Checks.push_back(std::make_unique<CookieCheck>());
  Checks.push_back(std::make_unique<PersonalDataCheck>());
  Checks.push_back(std::make_unique<DataFlowCheck>());
  Checks.push_back(std::make_unique<UndisclosedPracticeCheck>());
}

const CheckRegistry &CheckRegistry::get() {
  static const CheckRegistry Registry;
  return Registry;
}

const Check *CheckRegistry::find(llvm::StringRef Name) const {
  for (const auto &C : Checks)
    if (C->name() == Name)
      return C.get();
  return nullptr;
}

CheckGlobs::CheckGlobs(llvm::StringRef In) : Spelling(In.str()) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  In.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.empty())
      continue;
    bool Positive = !P.consume_front("-");
    Globs.push_back({Positive, P.trim().str()});
  }
}

bool CheckGlobs::enabled(llvm::StringRef Name) const {
  bool On = false;
  for (const Glob &G : Globs) {
    auto Pat = llvm::GlobPattern::create(G.Pattern);
    if (Pat && Pat->match(Name))
      On = G.Positive;
  }
  return On;
}

} // namespace consentlint
