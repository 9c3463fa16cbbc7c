//===- CheckRegistry.h - The list of consentlint checks ---------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_CHECKREGISTRY_H
#define CONSENTLINT_CHECKS_CHECKREGISTRY_H

#include "checks/Check.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <vector>

namespace consentlint {

class CheckRegistry {
public:
  /// All checks, sorted by name.
  static const CheckRegistry &get();

  const Check *find(llvm::StringRef Name) const;
  const std::vector<std::unique_ptr<Check>> &checks() const { return Checks; }

private:
  CheckRegistry();
  std::vector<std::unique_ptr<Check>> Checks;
};

/// clang-tidy style check globs: "-*,consent-*" (later globs win).
class CheckGlobs {
public:
  explicit CheckGlobs(llvm::StringRef Globs);
  bool enabled(llvm::StringRef CheckName) const;
  const std::string &spelling() const { return Spelling; }

private:
  struct Glob {
    bool Positive;
    std::string Pattern;
  };
  std::vector<Glob> Globs;
  std::string Spelling;
};

/// The checks enabled when neither the command line nor the config says.
constexpr const char *DefaultChecks = "consent-*,policy-*,privacy-*";

} // namespace consentlint

#endif
