// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <oatpp/web/protocol/http/outgoing/Response.hpp>
#include <acme/consent.h>

using acme::consent::Purpose;
using oatpp::web::protocol::http::outgoing::Response;

void ungated(Response &response) {
  response.putHeader("Set-Cookie", "_ga=GA1.2.3; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'oatpp::web::protocol::http::outgoing::Response::putHeader' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  response.putOrReplaceHeader("set-cookie", "_fbp=fb.1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to {{.*}}::putOrReplaceHeader' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
}

void gated(Response &response) {
  if (acme::consent::granted(Purpose::Ads))
    response.putHeaderIfNotExists("Set-Cookie", "_fbp=fb.1");
  response.putHeader("Set-Cookie", "XSRF-TOKEN=abc; Path=/");
}

// Look-alike: other headers.
void lookAlikes(Response &response) {
  response.putHeader("Content-Type", "application/json");
  response.putHeader("Cookie", "_ga=GA1.2.3");
}

int main() {}
