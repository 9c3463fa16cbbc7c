/* Mock of Sentry Native's sentry.h (getsentry/sentry-native). */
#pragma clang system_header
#pragma once
typedef struct sentry_options_s sentry_options_t;
typedef union { unsigned long long _bits; double _double; } sentry_value_t;
typedef enum {
  SENTRY_USER_CONSENT_UNKNOWN = -1,
  SENTRY_USER_CONSENT_GIVEN = 1,
  SENTRY_USER_CONSENT_REVOKED = 0,
} sentry_user_consent_t;
sentry_options_t *sentry_options_new(void);
void sentry_options_set_dsn(sentry_options_t *opts, const char *dsn);
void sentry_options_set_require_user_consent(sentry_options_t *opts, int val);
void sentry_options_set_send_default_pii(sentry_options_t *opts, int val);
int sentry_init(sentry_options_t *options);
int sentry_close(void);
sentry_value_t sentry_value_new_user(const char *id, const char *username, const char *email, const char *ip_address);
void sentry_set_user(sentry_value_t user);
void sentry_remove_user(void);
void sentry_add_breadcrumb(sentry_value_t breadcrumb);
int sentry_capture_event(sentry_value_t event);
void sentry_user_consent_give(void);
void sentry_user_consent_revoke(void);
sentry_user_consent_t sentry_user_consent_get(void);
int sentry_user_consent_is_required(void);
