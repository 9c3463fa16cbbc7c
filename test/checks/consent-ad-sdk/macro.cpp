// RUN: %check_consentlint %s consent-ad-sdk
#include <firebase/gma.h>
#include <firebase/ump.h>

#define SHOW_BANNER(view) (view).LoadAd(firebase::gma::AdRequest())
#define IF_ADS_ALLOWED if (firebase::ump::ConsentInfo::GetInstance()->CanRequestAds())

void viaMacro(firebase::gma::AdView &v) {
  SHOW_BANNER(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
  // CHECK-MESSAGES: :5:27: note: expanded from macro 'SHOW_BANNER'
}

void gatedByMacro(firebase::gma::AdView &v) {
  IF_ADS_ALLOWED
    SHOW_BANNER(v);
}
