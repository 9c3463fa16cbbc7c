// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#include <countly.hpp>
#include <acme/consent.h>

void ungated() {
  cly::Countly &ct = cly::Countly::getInstance();
  ct.start("key", "https://countly.example", 443, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cly::Countly::start' starts Countly analytics without a consent check for analytics [consent-analytics-sdk]
  ct.RecordEvent("level_up", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cly::Countly::RecordEvent' records an analytics event with Countly without a consent check for analytics [consent-analytics-sdk]
  ct.views().openView("menu");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cly::ViewsModule::openView' records an analytics event with Countly without a consent check for analytics [consent-analytics-sdk]
  ct.setUserDetails({{"name", "Ada"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cly::Countly::setUserDetails' sends user details or location to Countly without a consent check for analytics [consent-analytics-sdk]
}

void gated() {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    cly::Countly::getInstance().RecordEvent("purchase", 1);
}

// Not findings: the accessor, tuning and turning the SDK off.
void configuration() {
  cly::Countly &ct = cly::Countly::getInstance();
  ct.setUpdateInterval(1000);
  ct.stop();
}

#define TRACK(name) cly::Countly::getInstance().RecordEvent(name, 1)
void macro() {
  TRACK("from_macro");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cly::Countly::RecordEvent' records an analytics event with Countly without a consent check for analytics [consent-analytics-sdk]
}

template <typename T> void record(T &c) { c.RecordEvent("templated", 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: call to 'cly::Countly::RecordEvent' records an analytics event with Countly without a consent check for analytics [consent-analytics-sdk]
void instantiate() { record(cly::Countly::getInstance()); }
