/* A desktop helper that talks to the vendor's update and telemetry server. */
#include <curl/curl.h>

int telemetry_consent_given(void);

void configure_updates(CURL *h) {
  /* Persists whatever cookies the server sets: reported as a note until the
     project classifies them. */
  curl_easy_setopt(h, CURLOPT_COOKIEJAR, "/var/cache/app/cookies.txt");
  /* Clears the session cookies: not a finding. */
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "SESS");
}

void send_usage_ping(CURL *h) {
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: visitor_id=8d1e"); /* Reported. */
  if (telemetry_consent_given())
    curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: visitor_id=8d1e"); /* Gated. */
}
