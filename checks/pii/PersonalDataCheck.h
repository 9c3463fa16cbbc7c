//===- PersonalDataCheck.h - consent-personal-data --------------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_PII_PERSONALDATACHECK_H
#define CONSENTLINT_CHECKS_PII_PERSONALDATACHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds code that collects personal data (device and advertising
/// identifiers, location, contacts, client IP addresses, personal form
/// fields) without consent for the purpose it serves.
///
/// Docs: docs/checks/consent-personal-data.md
class PersonalDataCheck : public Check {
public:
  PersonalDataCheck()
      : Check("consent-personal-data",
              "Finds code that collects personal data (device and advertising "
              "identifiers, location, contacts, client IP addresses, personal "
              "form fields) without consent for the purpose it serves.") {}

  std::optional<Candidate> inspect(const SinkMatch &M,
                                   const RuleSet &Rules) const override;
};

} // namespace consentlint

#endif
