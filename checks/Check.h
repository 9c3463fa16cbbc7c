//===- Check.h - The base of every consentlint check ------------*- C++ -*-===//
//
// A check has one job: decide whether a rule-pack match is a privacy-relevant
// use, and describe it (message, severity, purposes that need consent).
// Whether consent guards the use is decided once, for all checks, by the
// consent analysis in checks/consent/.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_CHECK_H
#define CONSENTLINT_CHECKS_CHECK_H

#include "checks/Finding.h"
#include "checks/consent/Purposes.h"
#include "checks/match/RuleSet.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace consentlint {

/// One place where a sink rule's API matched.
struct SinkMatch {
  const ApiUse *Use = nullptr;
  const clang::Expr *Node = nullptr; ///< The call, message, member, literal.
  llvm::ArrayRef<const clang::Expr *> Args;
  std::string Subject; ///< e.g. "call to 'drogon::HttpResponse::addCookie'".
  clang::ASTContext *Ctx = nullptr;
};

/// What a check makes of a match; consent is judged later.
struct Candidate {
  std::string Subject;
  std::string Action; ///< e.g. "sets analytics cookie '_ga'".
  Level Severity = Level::Warning;
  PurposeSet Required = 0;
  std::vector<std::string> DataCategories;
  std::vector<std::string> Topics;
  std::vector<std::string> Notes; ///< Extra notes without a position.
};

class Check {
public:
  Check(llvm::StringRef Name, llvm::StringRef Summary)
      : Name(Name), Summary(Summary) {}
  virtual ~Check() = default;

  llvm::StringRef name() const { return Name; }
  /// The one-sentence summary, identical to the doc page's first sentence.
  llvm::StringRef summary() const { return Summary; }

  /// Returns the candidate finding for \p M, or nothing when the match is
  /// not privacy-relevant (a strictly necessary cookie, a key that names no
  /// personal data). The default describes the rule as written.
  virtual std::optional<Candidate> inspect(const SinkMatch &M,
                                           const RuleSet &Rules) const;

protected:
  /// The candidate every check starts from: the rule's message, level,
  /// purposes, data categories and topics.
  Candidate fromRule(const SinkMatch &M) const;

private:
  std::string Name, Summary;
};

} // namespace consentlint

#endif
