//===- UndisclosedPracticeCheck.h - policy-undisclosed-practice -*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_POLICY_UNDISCLOSEDPRACTICECHECK_H
#define CONSENTLINT_CHECKS_POLICY_UNDISCLOSEDPRACTICECHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds privacy practices in the code (location, ads, advertising cookies,
/// analytics vendors) that no section of the project's privacy policy
/// discloses.
///
/// It works on the whole program after linking, in the policy mapper
/// (driver/policy); no rule feeds it directly.
///
/// Docs: docs/checks/policy-undisclosed-practice.md
class UndisclosedPracticeCheck : public Check {
public:
  UndisclosedPracticeCheck()
      : Check("policy-undisclosed-practice",
              "Finds privacy practices in the code (location, ads, advertising "
              "cookies, analytics vendors) that no section of the project's "
              "privacy policy discloses.") {}

  std::optional<Candidate> inspect(const SinkMatch &,
                                   const RuleSet &) const override {
    return std::nullopt;
  }
};

} // namespace consentlint

#endif
