// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <crow.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void setCookies(crow::CookieParser::context &cookies, crow::response &res) {
  cookies.set_cookie("_ga", "GA1.2.3");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::CookieParser::context::set_cookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  cookies.set_cookie(crow::CookieParser::Cookie("_fbp", "fb.1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::CookieParser::context::set_cookie' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
  res.add_header("Set-Cookie", "IDE=abc; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::response::add_header' sets advertising cookie 'IDE' without a consent check for advertising [consent-cookie]
  cookies.set_cookie("shop_color", "blue");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::CookieParser::context::set_cookie' sets cookie 'shop_color' of unknown category without a consent check for functional [consent-cookie]
}

void gated(crow::CookieParser::context &cookies, crow::response &res) {
  if (acme::consent::granted(Purpose::Analytics))
    cookies.set_cookie("_ga", "GA1.2.3");
  if (acme::consent::granted(Purpose::Ads))
    res.set_header("Set-Cookie", "_fbp=fb.1; Path=/");
}

void strictlyNecessary(crow::CookieParser::context &cookies) {
  cookies.set_cookie("session_id", "42");
  cookies.set_cookie("csrf_token", "t");
}

// Look-alikes: reading a cookie, other headers, the session middleware.
void lookAlikes(crow::CookieParser::context &cookies, crow::response &res,
                crow::SessionMiddleware<crow::InMemoryStore>::context &session) {
  std::string v = cookies.get_cookie("_ga");
  res.set_header("Content-Type", "text/plain");
  session.set("_ga", "stored server-side, not a cookie");
}

int main() {}
