// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
// Consent held in locals, globals, members, and helpers wrapping a gate.
#include <acme/consent.h>
#include <firebase/analytics.h>

using acme::consent::Purpose;

void local() {
  bool ok = acme::consent::granted(Purpose::Analytics);
  if (ok)
    firebase::analytics::LogEvent("local");
  bool maybe = false;
  maybe = acme::consent::granted(Purpose::Analytics);
  if (maybe)
    firebase::analytics::LogEvent("assigned");
  bool mixed = acme::consent::granted(Purpose::Analytics);
  mixed = true; // Overwritten with a constant: no longer a consent value.
  if (mixed)
    firebase::analytics::LogEvent("mixed");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}

// A global assigned only from a gate, and a flag declared in the config.
static bool g_analyticsOk = false;
bool g_metricsEnabled;
void onConsentChanged() { g_analyticsOk = acme::consent::granted(Purpose::Analytics); }
void globals() {
  if (g_analyticsOk)
    firebase::analytics::LogEvent("global");
  if (g_metricsEnabled)
    firebase::analytics::LogEvent("declared-flag");
}

class Telemetry {
public:
  void refresh() { enabled_ = acme::consent::hasConsent("analytics"); }
  void send() {
    if (enabled_)
      firebase::analytics::LogEvent("member");
    if (adsOnly_)
      firebase::analytics::LogEvent("wrong-member");
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
  }
  void ads() { adsOnly_ = acme::consent::hasConsent("ads"); }

private:
  bool enabled_ = false;
  bool adsOnly_ = false;
};

// Helpers that return a gate's value, to any depth.
static bool analyticsAllowed() {
  if (!acme::consent::gdprApplies())
    return true;
  return acme::consent::granted(Purpose::Analytics);
}
static bool canTrack() { return analyticsAllowed(); }
static bool alwaysTrue() { return true; }
void helpers() {
  if (canTrack())
    firebase::analytics::LogEvent("helper");
  if (alwaysTrue())
    firebase::analytics::LogEvent("not-a-gate");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}
