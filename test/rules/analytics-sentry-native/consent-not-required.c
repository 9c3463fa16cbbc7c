// RUN: %check_consentlint %s consent-analytics-sdk
// Turning the requirement off (0) holds nothing back.
#include <sentry.h>

void setup(sentry_options_t *options) {
  sentry_options_set_require_user_consent(options, 0);
  sentry_init(options);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sentry_init' starts Sentry crash and event reporting without a consent check for analytics [consent-analytics-sdk]
}
