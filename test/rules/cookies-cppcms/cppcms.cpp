// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <cppcms/http_request.h>
#include <cppcms/http_response.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(cppcms::http::response &response) {
  response.set_cookie(cppcms::http::cookie("_ga", "GA1.2.3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cppcms::http::response::set_cookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  response.set_header("Set-Cookie", "MUID=1; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cppcms::http::response::set_header' sets advertising cookie 'MUID' without a consent check for advertising [consent-cookie]
}

void gated(cppcms::http::response &response) {
  if (acme::consent::granted(Purpose::Analytics))
    response.set_cookie(cppcms::http::cookie("_ga", "GA1.2.3"));
  response.set_cookie(cppcms::http::cookie("cppcms_session", "42"));
}

// Look-alikes: reading a cookie, other headers.
void lookAlikes(cppcms::http::request &request, cppcms::http::response &response) {
  cppcms::http::cookie c = request.cookie_by_name("_ga");
  response.set_header("Content-Type", "text/html");
}

int main() {}
