// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <acme/consent.h>
#include <drogon/HttpResponse.h>

void setCookies(drogon::HttpResponse &resp, drogon::HttpRequest &outgoing) {
  resp.addCookie("JSESSIONID", "abc"); // Strictly necessary.
  resp.addCookie("XSRF-TOKEN", "t");   // Strictly necessary.
  resp.addCookie("_ga", "GA1.2.3");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  drogon::Cookie ad("_fbp", "fb.1");
  resp.addCookie(ad);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    resp.addCookie(drogon::Cookie("_gid", "x"));
  // Not findings: removing a cookie, a client attaching a cookie.
  resp.removeCookie("_ga");
  outgoing.addCookie("_ga", "GA1.2.3");
}

// An unrelated class with a method named addCookie is not a cookie API.
struct RecipeBook {
  void addCookie(const char *name, const char *recipe);
};
void baking(RecipeBook &book) { book.addCookie("_ga", "chocolate chip"); }

static const char *const kAdCookie = "IDE";
void namedConstant(drogon::HttpResponse &resp) {
  resp.addCookie(kAdCookie, "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie 'IDE' without a consent check for advertising [consent-cookie]
}

// A project subclass of the framework's response is the framework's response.
class JsonResponse : public drogon::HttpResponse {};
void derived(JsonResponse &r) {
  r.addCookie("_gcl_au", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drogon::HttpResponse::addCookie' sets advertising cookie '_gcl_au' without a consent check for advertising [consent-cookie]
}
