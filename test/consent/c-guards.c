// RUN: %check_consentlint %s consent-cookie --config-file=%S/Inputs/c-consent.consentlint.yaml
// C: guards, flags and helpers with a C consent API.
#include <curl/curl.h>

int app_consent_granted(const char *purpose);
static int g_analytics_ok;

static void refresh(void) { g_analytics_ok = app_consent_granted("analytics"); }

void upload(CURL *h) {
  if (!app_consent_granted("analytics"))
    return;
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: _ga=1");
}

void flag(CURL *h) {
  refresh();
  if (g_analytics_ok)
    curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: _gid=1");
  if (app_consent_granted("ads") == 0)
    curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: _fbp=1");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'curl_easy_setopt' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
}
