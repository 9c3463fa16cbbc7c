// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <acme/consent.h>
#include <drogon/HttpResponse.h>

#define TRACK_COOKIE(resp) (resp).addCookie("_fbp", "fb.1")

void viaMacro(drogon::HttpResponse &r) {
  TRACK_COOKIE(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    TRACK_COOKIE(r);
}

template <typename Response> void setVisitor(Response &r) {
  r.addCookie("_ga", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
}

int main() {
  drogon::HttpResponse *r = nullptr;
  setVisitor(*r);
  viaMacro(*r);
}
