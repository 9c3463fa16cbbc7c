// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#include <firebase/analytics.h>
#include <acme/consent.h>

void ungated() {
  firebase::analytics::LogEvent("level_up");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
}

void gated() {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    firebase::analytics::LogEvent("level_up");
}

void guarded() {
  if (!acme::consent::hasConsent("analytics"))
    return;
  firebase::analytics::SetUserId("u1");
}

void wrongPurpose() {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    firebase::analytics::SetUserId("u2");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::SetUserId' sends a user identifier or property to Firebase Analytics without a consent check for analytics [consent-analytics-sdk]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: this consent check covers advertising, tracking, not analytics
}

void inverted() {
  if (!acme::consent::granted(acme::consent::Purpose::Analytics))
    firebase::analytics::LogEvent("opted_out");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}

int main() {
  ungated();
  gated();
  guarded();
  wrongPurpose();
  inverted();
}
