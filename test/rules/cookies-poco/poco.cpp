// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(Poco::Net::HTTPServerResponse &response) {
  response.addCookie(Poco::Net::HTTPCookie("_ga", "GA1.2.3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Poco::Net::HTTPResponse::addCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
}

void gated(Poco::Net::HTTPServerResponse &response) {
  if (acme::consent::granted(Purpose::Analytics))
    response.addCookie(Poco::Net::HTTPCookie("_ga", "GA1.2.3"));
  Poco::Net::HTTPCookie session("JSESSIONID", "42");
  response.addCookie(session);
}

// Look-alikes: an HTTP client sending cookies, reading request cookies.
void lookAlikes(Poco::Net::HTTPRequest &clientRequest) {
  Poco::Net::NameValueCollection cookies;
  cookies.add("_ga", "GA1.2.3");
  clientRequest.setCookies(cookies);
  clientRequest.getCookies(cookies);
}

int main() {}
