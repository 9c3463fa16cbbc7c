#pragma clang system_header
/* Mock of Sentry Native's public sentry.h for the development corpus: the
   declarations used by real applications (options, scope, values, consent).
   A superset of test/Inputs/sdk/sentry/sentry.h; declarations only, written
   from the public API signatures. */
#pragma once
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct sentry_options_s sentry_options_t;
typedef union { unsigned long long _bits; double _double; } sentry_value_t;
typedef enum {
  SENTRY_VALUE_TYPE_NULL,
  SENTRY_VALUE_TYPE_BOOL,
  SENTRY_VALUE_TYPE_INT32,
  SENTRY_VALUE_TYPE_DOUBLE,
  SENTRY_VALUE_TYPE_STRING,
  SENTRY_VALUE_TYPE_LIST,
  SENTRY_VALUE_TYPE_OBJECT,
} sentry_value_type_t;
typedef enum {
  SENTRY_LEVEL_DEBUG = -1,
  SENTRY_LEVEL_INFO = 0,
  SENTRY_LEVEL_WARNING = 1,
  SENTRY_LEVEL_ERROR = 2,
  SENTRY_LEVEL_FATAL = 3,
} sentry_level_t;
typedef sentry_level_t sentry_level_e;
typedef enum {
  SENTRY_USER_CONSENT_UNKNOWN = -1,
  SENTRY_USER_CONSENT_GIVEN = 1,
  SENTRY_USER_CONSENT_REVOKED = 0,
} sentry_user_consent_t;
typedef sentry_value_t (*sentry_event_function_t)(sentry_value_t event, void *hint, void *closure);

/* values */
sentry_value_t sentry_value_new_null(void);
sentry_value_t sentry_value_new_object(void);
sentry_value_t sentry_value_new_list(void);
sentry_value_t sentry_value_new_string(const char *value);
sentry_value_t sentry_value_new_int32(int value);
sentry_value_t sentry_value_new_bool(int value);
sentry_value_t sentry_value_new_event(void);
sentry_value_t sentry_value_new_message_event(sentry_level_t level, const char *logger, const char *text);
sentry_value_t sentry_value_new_breadcrumb(const char *type, const char *message);
sentry_value_t sentry_value_new_user(const char *id, const char *username, const char *email, const char *ip_address);
int sentry_value_set_by_key(sentry_value_t value, const char *k, sentry_value_t v);
sentry_value_t sentry_value_get_by_key(sentry_value_t value, const char *k);
sentry_value_t sentry_value_get_by_index(sentry_value_t value, size_t index);
int sentry_value_append(sentry_value_t value, sentry_value_t v);
size_t sentry_value_get_length(sentry_value_t value);
sentry_value_type_t sentry_value_get_type(sentry_value_t value);
const char *sentry_value_as_string(sentry_value_t value);
void sentry_value_decref(sentry_value_t value);

/* options */
sentry_options_t *sentry_options_new(void);
void sentry_options_free(sentry_options_t *opts);
void sentry_options_set_dsn(sentry_options_t *opts, const char *dsn);
void sentry_options_set_release(sentry_options_t *opts, const char *release);
void sentry_options_set_environment(sentry_options_t *opts, const char *environment);
void sentry_options_set_debug(sentry_options_t *opts, int debug);
void sentry_options_set_max_breadcrumbs(sentry_options_t *opts, size_t max_breadcrumbs);
void sentry_options_set_before_send(sentry_options_t *opts, sentry_event_function_t func, void *data);
void sentry_options_set_database_path(sentry_options_t *opts, const char *path);
void sentry_options_set_handler_path(sentry_options_t *opts, const char *path);
void sentry_options_set_database_pathw(sentry_options_t *opts, const wchar_t *path);
void sentry_options_set_handler_pathw(sentry_options_t *opts, const wchar_t *path);
void sentry_options_set_require_user_consent(sentry_options_t *opts, int val);
void sentry_options_set_send_default_pii(sentry_options_t *opts, int val);
void sentry_options_set_traces_sample_rate(sentry_options_t *opts, double sample_rate);

/* lifecycle */
int sentry_init(sentry_options_t *options);
int sentry_close(void);
int sentry_shutdown(void);
int sentry_get_crashed_last_run(void);
int sentry_clear_crashed_last_run(void);

/* scope and capture */
void sentry_set_user(sentry_value_t user);
void sentry_remove_user(void);
void sentry_set_tag(const char *key, const char *value);
void sentry_remove_tag(const char *key);
void sentry_set_extra(const char *key, sentry_value_t value);
void sentry_set_context(const char *key, sentry_value_t value);
void sentry_set_level(sentry_level_t level);
void sentry_add_breadcrumb(sentry_value_t breadcrumb);
int sentry_capture_event(sentry_value_t event);

/* consent */
void sentry_user_consent_give(void);
void sentry_user_consent_revoke(void);
void sentry_user_consent_reset(void);
sentry_user_consent_t sentry_user_consent_get(void);
int sentry_user_consent_is_required(void);
#ifdef __cplusplus
}
#endif
