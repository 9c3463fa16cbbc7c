// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#include <acme/consent.h>
#include <firebase/analytics.h>

namespace telemetry {
void LogEvent(const char *name); // The project's own logger: not Firebase.
}

#define TRACK(name) firebase::analytics::LogEvent(name)

template <int N> void levelDone() {
  TRACK("level_done");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
  // CHECK-MESSAGES: :9:21: note: expanded from macro 'TRACK'
}

void f() {
  telemetry::LogEvent("x");
  levelDone<1>();
  levelDone<2>();
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    TRACK("gated");
}
