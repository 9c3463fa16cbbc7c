//===- CookieCheck.h - consent-cookie ---------------------------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_COOKIES_COOKIECHECK_H
#define CONSENTLINT_CHECKS_COOKIES_COOKIECHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds code that sets a cookie that is not strictly necessary without
/// consent for the cookie's purpose.
///
/// Docs: docs/checks/consent-cookie.md
class CookieCheck : public Check {
public:
  CookieCheck()
      : Check("consent-cookie",
              "Finds code that sets a cookie that is not strictly necessary "
              "without consent for the cookie's purpose.") {}

  std::optional<Candidate> inspect(const SinkMatch &M,
                                   const RuleSet &Rules) const override;
};

} // namespace consentlint

#endif
