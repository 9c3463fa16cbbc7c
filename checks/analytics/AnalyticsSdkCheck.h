//===- AnalyticsSdkCheck.h - consent-analytics-sdk --------------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_ANALYTICS_ANALYTICSSDKCHECK_H
#define CONSENTLINT_CHECKS_ANALYTICS_ANALYTICSSDKCHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds analytics, attribution and crash-reporting SDK calls that send
/// events or user identifiers without consent for analytics.
///
/// Docs: docs/checks/consent-analytics-sdk.md
class AnalyticsSdkCheck : public Check {
public:
  AnalyticsSdkCheck()
      : Check("consent-analytics-sdk",
              "Finds analytics, attribution and crash-reporting SDK calls that "
              "send events or user identifiers without consent for "
              "analytics.") {}
};

} // namespace consentlint

#endif
