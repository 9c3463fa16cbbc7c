// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <include/cef_cookie.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(const CefCookie &cookie) {
  CefCookieManager::GetGlobalManager(nullptr)->SetCookie("https://example.com", cookie, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'CefCookieManager::SetCookie' sets {{.*}} without a consent check for functional [consent-cookie]
}

void gated(const CefCookie &cookie) {
  if (acme::consent::granted(Purpose::Functional))
    CefCookieManager::GetGlobalManager(nullptr)->SetCookie("https://example.com", cookie, nullptr);
}

// Look-alikes: deleting cookies and flushing the store.
void lookAlikes() {
  CefRefPtr<CefCookieManager> m = CefCookieManager::GetGlobalManager(nullptr);
  m->DeleteCookies("https://example.com", "_ga", nullptr);
  m->FlushStore(nullptr);
}

int main() {}
