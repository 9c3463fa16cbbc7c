//===- AdSdkCheck.h - consent-ad-sdk ----------------------------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_ADS_ADSDKCHECK_H
#define CONSENTLINT_CHECKS_ADS_ADSDKCHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds advertising SDK calls (initialisation, ad requests, user
/// identifiers) that can run without consent for advertising.
///
/// Docs: docs/checks/consent-ad-sdk.md
class AdSdkCheck : public Check {
public:
  AdSdkCheck()
      : Check("consent-ad-sdk",
              "Finds advertising SDK calls (initialisation, ad requests, user "
              "identifiers) that can run without consent for advertising.") {}
};

} // namespace consentlint

#endif
