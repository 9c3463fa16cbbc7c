// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
// A gate covers only its purposes; purpose arguments; "not required" with ||.
#include <acme/consent.h>
#include <firebase/analytics.h>

using acme::consent::Purpose;

void byArgument() {
  if (acme::consent::granted(Purpose::Analytics))
    firebase::analytics::LogEvent("a");
  if (acme::consent::hasConsent("analytics"))
    firebase::analytics::LogEvent("b");
  if (acme::consent::hasConsent("ads"))
    firebase::analytics::LogEvent("c");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: this consent check covers advertising, not analytics
  if (acme::consent::hasConsent("unknown-purpose"))
    firebase::analytics::LogEvent("d");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}

void notRequired() {
  // gdprApplies() == false means consent is not required here.
  if (!acme::consent::gdprApplies() || acme::consent::granted(Purpose::Analytics))
    firebase::analytics::LogEvent("e");
  if (acme::consent::gdprApplies() && !acme::consent::granted(Purpose::Analytics))
    return;
  firebase::analytics::LogEvent("f");
  // Either consent is not required or it was given: both paths are gated.
  if (acme::consent::gdprApplies())
    firebase::analytics::LogEvent("g");
}

void requiredButNotAsked() {
  if (acme::consent::gdprApplies())
    firebase::analytics::LogEvent("h");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
  if (!acme::consent::gdprApplies())
    firebase::analytics::LogEvent("i");
}
