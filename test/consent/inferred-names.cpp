// RUN: %check_consentlint %s consent-analytics-sdk
// Consent inferred from the names of a project's own flags and helpers
// (rules/packs/gates-inferred-names.yaml).
#include <firebase/analytics.h>

struct Values { bool enable_telemetry; bool consent_banner_answered; };
namespace Settings { extern Values values; }
extern bool g_optedOutTracking;
bool IsSentryOptedIn();
template <typename T> T Get(int Key);
extern const int MAIN_ANALYTICS_ENABLED;

void optIn() {
  if (Settings::values.enable_telemetry)
    firebase::analytics::LogEvent("a");
  if (IsSentryOptedIn())
    firebase::analytics::LogEvent("b");
  if (Get<bool>(MAIN_ANALYTICS_ENABLED))
    firebase::analytics::LogEvent("c");
}

void optOut() {
  if (g_optedOutTracking)
    return;
  firebase::analytics::LogEvent("d");
}

// Look-alikes: the question was answered (not how), and an inverted opt-out.
void lookAlikes() {
  if (Settings::values.consent_banner_answered)
    firebase::analytics::LogEvent("e");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
  if (g_optedOutTracking)
    firebase::analytics::LogEvent("f");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
}

#define IF_TELEMETRY if (Settings::values.enable_telemetry)
void macro() { IF_TELEMETRY firebase::analytics::LogEvent("g"); }
