// RUN: %check_consentlint %s consent-cookie
// A consent cookie compared with an accepting value gates cookies.
#include <crow.h>
#include <drogon/HttpResponse.h>

void drogonHandler(const drogon::HttpRequest &req, drogon::HttpResponse &resp) {
  if (req.getCookie("cookie_consent") == "accepted")
    resp.addCookie("_ga", "GA1.2.3");
  if (req.getCookie("cookie_consent") != "yes")
    return;
  resp.addCookie("_fbp", "fb.1");
}

void notAChoice(const drogon::HttpRequest &req, drogon::HttpResponse &resp) {
  if (req.getCookie("cookie_consent") == "rejected")
    resp.addCookie("_ga", "GA1.2.3");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'drogon::HttpResponse::addCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  if (!req.getCookie("cookie_consent").empty()) // Set, but to what?
    resp.addCookie("_gid", "GA1.2.3");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'drogon::HttpResponse::addCookie' sets analytics cookie '_gid' {{.*}} [consent-cookie]
  if (req.getCookie("theme") == "yes") // Not a consent cookie.
    resp.addCookie("_gcl_au", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie '_gcl_au' {{.*}} [consent-cookie]
}

void purposeCookies(const drogon::HttpRequest &req, drogon::HttpResponse &resp) {
  if (req.getCookie("analytics_consent") == "granted")
    resp.addCookie("_ga", "GA1.2.3");
  if (req.getCookie("analytics_consent") == "granted")
    resp.addCookie("_fbp", "fb.1");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
}

void crowHandler(crow::CookieParser::context &ctx) {
  if (ctx.get_cookie("marketing_consent") == "yes")
    ctx.set_cookie("_fbp", "fb.1");
  ctx.set_cookie("IDE", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::CookieParser::context::set_cookie' sets advertising cookie 'IDE' without a consent check for advertising [consent-cookie]
}
