// RUN: %check_consentlint %s consent-cookie --config-file=%inputs/config/acme.consentlint.yaml
#include <QtNetwork/QNetworkCookieJar>
#include <QtWebEngineCore/QWebEngineCookieStore>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(QNetworkCookieJar *jar, QWebEngineCookieStore *store) {
  jar->insertCookie(QNetworkCookie("_ga", "GA1.2.3"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'QNetworkCookieJar::insertCookie' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  store->setCookie(QNetworkCookie("_fbp", "fb.1"), QUrl("https://example.com"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'QWebEngineCookieStore::setCookie' sets advertising cookie '_fbp' without a consent check for advertising [consent-cookie]
  QList<QNetworkCookie> list;
  jar->setCookiesFromUrl(list, QUrl("https://example.com"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'QNetworkCookieJar::setCookiesFromUrl' sets {{.*}} without a consent check for functional [consent-cookie]
}

void gated(QNetworkCookieJar *jar, QWebEngineCookieStore *store) {
  if (acme::consent::granted(Purpose::Ads))
    store->setCookie(QNetworkCookie("_fbp", "fb.1"));
  jar->updateCookie(QNetworkCookie("sessionid", "42"));
}

// A project jar overriding insertCookie is still a cookie jar.
class DiskJar : public QNetworkCookieJar {
public:
  bool insertCookie(const QNetworkCookie &cookie) override;
};
void subclass(DiskJar *jar) {
  jar->insertCookie(QNetworkCookie("_gid", "1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'DiskJar::insertCookie' sets analytics cookie '_gid' without a consent check for analytics [consent-cookie]
}

// Look-alikes: reading and deleting cookies.
void lookAlikes(QNetworkCookieJar *jar, QWebEngineCookieStore *store) {
  jar->cookiesForUrl(QUrl("https://example.com"));
  jar->deleteCookie(QNetworkCookie("_ga"));
  store->deleteCookie(QNetworkCookie("_fbp"));
  store->deleteAllCookies();
}

int main() {}
