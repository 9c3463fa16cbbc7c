// RUN: %check_consentlint %s consent-ad-sdk
// Consent passed in as a truth-valued parameter: gated when every caller
// passes a consent value for the purpose.
#include <firebase/gma.h>
#include <firebase/ump.h>

static firebase::gma::InterstitialAd ad;
static bool adsOk() { return firebase::ump::ConsentInfo::GetInstance()->CanRequestAds(); }

static void configureAds(bool allowed) {
  if (allowed)
    ad.Show();
}

static void configureAdsAgain(bool allowed) {
  if (!allowed)
    return;
  ad.Show();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
}

static void inverted(bool optedOut) {
  if (optedOut)
    ad.Show();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
}

int main() {
  configureAds(adsOk());
  configureAds(firebase::ump::ConsentInfo::GetInstance()->CanRequestAds());
  configureAdsAgain(adsOk());
  configureAdsAgain(true); // A constant is no consent.
  inverted(!adsOk());
}
