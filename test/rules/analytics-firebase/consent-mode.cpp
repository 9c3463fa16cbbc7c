// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#include <firebase/analytics.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated() {
  firebase::analytics::SetAnalyticsCollectionEnabled(true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::SetAnalyticsCollectionEnabled' turns Firebase Analytics collection on without a consent check for analytics [consent-analytics-sdk]
}

void compliant() {
  // Passing the decision through, and revoking, are not findings.
  firebase::analytics::SetAnalyticsCollectionEnabled(
      acme::consent::granted(Purpose::Analytics));
  firebase::analytics::SetAnalyticsCollectionEnabled(false);
  if (acme::consent::granted(Purpose::Analytics))
    firebase::analytics::SetAnalyticsCollectionEnabled(true);
}

// Initialising starts automatic collection.
void start(firebase::App *app) {
  firebase::analytics::Initialize(*app);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::Initialize' starts Firebase Analytics, which collects automatically unless turned off without a consent check for analytics [consent-analytics-sdk]
  firebase::analytics::LogEvent(firebase::analytics::kEventLogin);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
}
void startGated(firebase::App *app) {
  if (acme::consent::granted(Purpose::Analytics))
    firebase::analytics::Initialize(*app);
}
