//===- Purposes.h - Consent purposes as a small bit set ---------*- C++ -*-===//
//
// The dataflow over the CFG joins sets of purposes at every block, so they
// are bits in a word; names are interned once per run in a PurposeTable.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_CONSENT_PURPOSES_H
#define CONSENTLINT_CHECKS_CONSENT_PURPOSES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace consentlint {

using PurposeSet = uint64_t;
constexpr PurposeSet AllPurposes = ~PurposeSet(0);

class PurposeTable {
public:
  static constexpr unsigned MaxPurposes = 64;

  /// Returns the bit of \p Name, adding it; 0 once the table is full.
  PurposeSet intern(llvm::StringRef Name);
  /// Returns the bit of \p Name, or 0 when unknown.
  PurposeSet lookup(llvm::StringRef Name) const;
  PurposeSet internAll(const std::vector<std::string> &Names);
  /// Names of the bits in \p S, in interning order.
  std::vector<std::string> names(PurposeSet S) const;
  std::string join(PurposeSet S, llvm::StringRef Sep = ", ") const;
  size_t size() const { return Names.size(); }

private:
  llvm::StringMap<unsigned> Index;
  std::vector<std::string> Names;
};

} // namespace consentlint

#endif
