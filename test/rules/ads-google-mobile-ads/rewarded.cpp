// RUN: %check_consentlint %s consent-ad-sdk
// The SDK's real shapes: Initialize reports a firebase::InitResult, rewarded
// ads load and show, the UMP consent check gates them.
#include <firebase/app.h>
#include <firebase/gma.h>
#include <firebase/ump.h>

void start(firebase::App *app) {
  firebase::InitResult result;
  firebase::gma::Initialize(*app, &result);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::Initialize' starts the Google Mobile Ads SDK without a consent check for advertising [consent-ad-sdk]
}

void reward(firebase::gma::RewardedAd &ad, firebase::gma::UserEarnedRewardListener *l) {
  ad.LoadAd("ca-app-pub-3940256099942544/5224354917", firebase::gma::AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::RewardedAd::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
}

void gated(firebase::gma::RewardedAd &ad) {
  if (firebase::gma::ump::ConsentInfo::GetInstance()->CanRequestAds())
    ad.LoadAd("ca-app-pub-3940256099942544/5224354917", firebase::gma::AdRequest());
}

// Look-alike: sizing a banner requests nothing.
unsigned width() { return firebase::gma::AdSize::kBanner.width(); }

#define LOAD(ad) (ad).LoadAd("unit", firebase::gma::AdRequest())
void macro(firebase::gma::RewardedAd &ad) {
  LOAD(ad);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::RewardedAd::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
}

template <typename Ad> void load(Ad &ad) { ad.LoadAd("unit", firebase::gma::AdRequest()); }
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: call to 'firebase::gma::RewardedAd::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
void useTemplate(firebase::gma::RewardedAd &ad) { load(ad); }
