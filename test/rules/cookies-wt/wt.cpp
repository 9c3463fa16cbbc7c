// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <Wt/WApplication.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(Wt::WApplication *app) {
  app->setCookie(Wt::Http::Cookie("_ga", "GA1.2.3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Wt::WApplication::setCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  app->setCookie("theme", "dark", 3600);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Wt::WApplication::setCookie' sets functional cookie 'theme' without a consent check for functional [consent-cookie]
}

void gated(Wt::WApplication *app) {
  if (acme::consent::granted(Purpose::Functional))
    app->setCookie("theme", "dark", 3600);
  app->setCookie(Wt::Http::Cookie("lang", "nl"));
}

// Look-alikes: reading and removing cookies.
void lookAlikes(Wt::WApplication *app) {
  const std::string *ga = app->environment().getCookie("_ga");
  app->removeCookie(Wt::Http::Cookie("_ga", ""));
}

int main() {}
