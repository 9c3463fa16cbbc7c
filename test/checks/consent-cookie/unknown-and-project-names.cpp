// RUN: %check_consentlint %s consent-cookie
// RUN: %check_consentlint %s consent-cookie --config-file=%S/Inputs/own-cookies.consentlint.yaml -check-suffix=OWN
#include <drogon/HttpResponse.h>

void f(drogon::HttpResponse &resp, const std::string &dynamicName) {
  resp.addCookie("wibble", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets cookie 'wibble' of unknown category without a consent check for functional [consent-cookie]
  // CHECK-MESSAGES-OWN: :[[@LINE-2]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie 'wibble' without a consent check for advertising [consent-cookie]
  resp.addCookie("cart_v2", "3");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets cookie 'cart_v2' of unknown category
  resp.addCookie(dynamicName, "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets cookies whose names are not known statically
  // CHECK-MESSAGES-OWN: :[[@LINE-2]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets cookies whose names are not known statically
}
