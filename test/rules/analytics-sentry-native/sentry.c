// RUN: %check_consentlint %s consent-analytics-sdk
#include <sentry.h>

void ungated(sentry_options_t *options) {
  sentry_init(options);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sentry_init' starts Sentry crash and event reporting without a consent check for analytics [consent-analytics-sdk]
  sentry_set_user(sentry_value_new_user("42", 0, "a@example.com", 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sentry_set_user' sends the user's id, name, email or IP address to Sentry without a consent check for analytics [consent-analytics-sdk]
  sentry_options_set_send_default_pii(options, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sentry_options_set_send_default_pii' {{.*}} [consent-analytics-sdk]
}

void gated(sentry_value_t event) {
  if (sentry_user_consent_get() == SENTRY_USER_CONSENT_GIVEN)
    sentry_capture_event(event);
  if (!sentry_user_consent_is_required())
    sentry_add_breadcrumb(event);
}

void notGiven(sentry_value_t event) {
  if (sentry_user_consent_get() == SENTRY_USER_CONSENT_REVOKED)
    sentry_capture_event(event);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'sentry_capture_event' sends an event, breadcrumb or feedback to Sentry without a consent check for analytics [consent-analytics-sdk]
}

// Not findings: consent management, no default PII, removing the user.
void configuration(sentry_options_t *options) {
  sentry_options_set_send_default_pii(options, 0);
  sentry_user_consent_give();
  sentry_user_consent_revoke();
  sentry_remove_user();
  sentry_close();
}
