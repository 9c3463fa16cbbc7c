// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <acme/consent.h>
#include <httplib.h>

void handler(const httplib::Request &req, httplib::Response &res) {
  res.set_header("Set-Cookie", "sessionid=1; HttpOnly");
  res.set_header("set-cookie", "_ga=GA1.2.3; Max-Age=600");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'httplib::Response::set_header' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  res.set_header("Content-Type", "_ga=not-a-cookie");
  if (!acme::consent::hasConsent("analytics"))
    return;
  res.set_header("Set-Cookie", "_gid=GA1.2.3");
}

void client(httplib::Request &outgoing) {
  // An HTTP client attaching a cookie to its request: not a finding.
  outgoing.set_header("Cookie", "_ga=GA1.2.3");
}
