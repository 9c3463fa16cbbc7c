// RUN: %check_consentlint %s consent-cookie --config-file=%S/../../consent/Inputs/c-consent.consentlint.yaml
// A header named Set-Cookie added to a response by a C server (httpd's
// apr tables, nginx's header lists): the name is written, so a cookie is set.
typedef struct table table;
typedef struct { unsigned long len; unsigned char *data; } str_t;
typedef struct { str_t key; str_t value; } header_t;
void table_addn(table *t, const char *key, const char *value);
const char *table_get(const table *t, const char *key);
int strcasecmp(const char *a, const char *b);
int app_consent_granted(const char *purpose);
#define str_set(s, text) (s)->len = sizeof(text) - 1; (s)->data = (unsigned char *) text

void track(table *out, const char *visitor) {
  table_addn(out, "Set-Cookie", visitor);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'table_addn' sets cookies whose names are not known statically without a consent check for functional [consent-cookie]
  if (app_consent_granted("functional"))
    table_addn(out, "Set-Cookie", visitor);
}

void track2(table *out, const char *visitor, int v2) {
  table_addn(out, v2 ? "Set-Cookie2" : "Set-Cookie", visitor);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'table_addn' sets cookies whose names are not known statically without a consent check for functional [consent-cookie]
}

void userid(header_t *h) {
  // Through a macro that assigns the name.
  str_set(&h->key, "Set-Cookie");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: string literal sets cookies whose names are not known statically without a consent check for functional [consent-cookie]
}

// Look-alikes: a proxy or client reading or comparing the name.
int isCookieHeader(const char *name) { return strcasecmp(name, "Set-Cookie") == 0; }
const char *backendCookie(const table *in) { return table_get(in, "Set-Cookie"); }
static const char *const kName = "Set-Cookie";
