// RUN: %check_consentlint %s consent-analytics-sdk
// An SDK set up to hold everything until the user consents
// (sentry_options_set_require_user_consent(o, 1)) gates its own calls:
// nothing is sent before sentry_user_consent_give().
#include <sentry.h>

void setup(sentry_options_t *options) {
  sentry_options_set_require_user_consent(options, 1);
  sentry_init(options);
}

void report(sentry_value_t event) { sentry_capture_event(event); }
