// RUN: %check_consentlint %s consent-ad-sdk --config-file=%inputs/config/acme.consentlint.yaml
// Lambdas are gated by where they are created, or by checks inside them.
#include <acme/consent.h>
#include <firebase/gma.h>
#include <firebase/ump.h>

using firebase::gma::AdRequest;
void later(void (*)(void));
template <typename F> void post(F f) { f(); }

void completionHandler(firebase::gma::AdView &v) {
  firebase::ump::ConsentInfo *info = firebase::ump::ConsentInfo::GetInstance();
  firebase::ump::ConsentRequestParameters params;
  info->RequestConsentInfoUpdate(params).OnCompletion([&v, info](const firebase::Future<void> &) {
    if (info->CanRequestAds())
      v.LoadAd(AdRequest());
  });
  info->RequestConsentInfoUpdate(params).OnCompletion([&v](const firebase::Future<void> &) {
    v.LoadAd(AdRequest()); // The update finished; consent is still unknown.
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
  });
}

void createdUnderConsent(firebase::gma::AdView &v) {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    post([&v] { v.LoadAd(AdRequest()); });
  post([&v] { v.LoadAd(AdRequest()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: 'lambda in 'createdUnderConsent'' is created in 'createdUnderConsent' without a consent check for advertising
}
