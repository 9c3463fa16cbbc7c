// RUN: %check_consentlint %s consent-cookie
#include <curl/curl.h>

void cookies(CURL *h) {
  // Attaching a cookie to the outgoing request sets none on the device.
  curl_easy_setopt(h, CURLOPT_COOKIE, "_ga=GA1.2.3");
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "Set-Cookie: _fbp=fb.1; domain=example.com");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'curl_easy_setopt' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
  curl_easy_setopt(h, CURLOPT_COOKIELIST, ".example.com\tTRUE\t/\tFALSE\t0\t_gid\tGA1.2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'curl_easy_setopt' sets analytics cookie '_gid' without a consent check for analytics [consent-cookie]
  // Jar commands manage or delete cookies: not findings.
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "ALL");
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "FLUSH");
  curl_easy_setopt(h, CURLOPT_URL, "https://example.com/_ga=1");
  curl_easy_setopt(h, CURLOPT_COOKIE, "session=1");
}
