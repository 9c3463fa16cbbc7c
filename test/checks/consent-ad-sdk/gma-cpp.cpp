// RUN: %check_consentlint %s consent-ad-sdk
#include <firebase/gma.h>
#include <firebase/ump.h>

void ungated(firebase::gma::AdView &view) {
  view.LoadAd(firebase::gma::AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
}

void gated(firebase::gma::AdView &view) {
  if (firebase::ump::ConsentInfo::GetInstance()->CanRequestAds())
    view.LoadAd(firebase::gma::AdRequest());
}

void guardClause(firebase::gma::InterstitialAd &ad) {
  firebase::ump::ConsentInfo *info = firebase::ump::ConsentInfo::GetInstance();
  if (!info->CanRequestAds())
    return;
  firebase::gma::Initialize();
  ad.LoadAd("unit", firebase::gma::AdRequest());
  ad.Show();
}

void statusObtained(firebase::gma::InterstitialAd &ad) {
  auto *info = firebase::ump::ConsentInfo::GetInstance();
  if (info->GetConsentStatus() == firebase::ump::kConsentStatusObtained)
    ad.Show();
  if (info->GetConsentStatus() == firebase::ump::kConsentStatusRequired)
    ad.Show();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::InterstitialAd::Show' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
}

void initUngated() {
  firebase::gma::Initialize();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::Initialize' starts the Google Mobile Ads SDK without a consent check for advertising [consent-ad-sdk]
}

// Ad configuration that restricts data is not a finding.
void configure(firebase::gma::AdRequest &request) { request.add_keyword("puzzle"); }
