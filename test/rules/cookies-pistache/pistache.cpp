// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <pistache/http.h>
#include <acme/consent.h>

using acme::consent::Purpose;
using namespace Pistache;

void ungated(Http::ResponseWriter &response) {
  response.cookies().add(Http::Cookie("_ga", "GA1.2.3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Pistache::Http::CookieJar::add' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  Http::Cookie ad("_gcl_au", "1.1");
  response.cookies().add(ad);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Pistache::Http::CookieJar::add' sets advertising cookie '_gcl_au' without a consent check for advertising [consent-cookie]
}

void gated(Http::ResponseWriter &response) {
  if (acme::consent::granted(Purpose::Analytics))
    response.cookies().add(Http::Cookie("_ga", "GA1.2.3"));
  response.cookies().add(Http::Cookie("sessionid", "42"));
}

// Look-alikes: reading request cookies, removing a cookie.
void lookAlikes(const Http::Request &request, Http::ResponseWriter &response) {
  bool has = request.cookies().has("_ga");
  response.cookies().removeCookie("_ga");
}

int main() {}
