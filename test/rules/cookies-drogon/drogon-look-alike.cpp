// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <drogon/HttpResponse.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void rawHeader(drogon::HttpResponse &resp) {
  resp.addHeader("Set-Cookie", "_ga=GA1.2.3; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addHeader' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  if (acme::consent::granted(Purpose::Analytics))
    resp.addHeader("Set-Cookie", "_gid=1; Path=/");
}

// Look-alikes: the HTTP client attaching a cookie to an outgoing request,
// reading a request cookie, deleting a cookie, other headers.
void lookAlikes(drogon::HttpRequest &clientReq, drogon::HttpResponse &resp) {
  clientReq.addCookie("_ga", "GA1.2.3");
  std::string v = clientReq.getCookie("_fbp");
  resp.removeCookie("_ga");
  resp.addHeader("X-Frame-Options", "DENY");
}

int main() {}
