// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
// Deleting a cookie (Max-Age=0, an expiry in the past) sets nothing; the same
// cookie with a lifetime is set.
#include <httplib.h>
#include <acme/consent.h>

void logout(httplib::Response &res) {
  res.set_header("Set-Cookie", "_ga=; Max-Age=0; Path=/");
  res.set_header("Set-Cookie", "_gid=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  res.set_header("Set-Cookie", "_ga=x; max-age=-1");
}

void track(httplib::Response &res) {
  res.set_header("Set-Cookie", "_ga=GA1.2.3; Max-Age=600");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'httplib::Response::set_header' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  res.set_header("Set-Cookie", "_gid=GA1.2.4; Expires=Fri, 01 Jan 2038 00:00:00 GMT");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'httplib::Response::set_header' sets analytics cookie '_gid' without a consent check for analytics [consent-cookie]
}

void gated(httplib::Response &res) {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    res.set_header("Set-Cookie", "_ga=GA1.2.3; Max-Age=600");
}

// A raw response block that deletes is not a cookie either.
const char *kLogout = "HTTP/1.1 200 OK\r\nSet-Cookie: _ga=; Max-Age=0\r\n\r\n";
const char *kTrack = "HTTP/1.1 200 OK\r\nSet-Cookie: _ga=GA1.2.3; Max-Age=600\r\n\r\n";
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: {{.*}}sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]

#define DELETE_COOKIE(res, c) (res).set_header("Set-Cookie", c "=; Max-Age=0")
void macro(httplib::Response &res) { DELETE_COOKIE(res, "_ga"); }

template <typename R> void expire(R &res) { res.set_header("Set-Cookie", "_ga=; Max-Age=0"); }
void useTemplate(httplib::Response &r) { expire(r); }
