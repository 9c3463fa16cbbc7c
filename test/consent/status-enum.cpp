// RUN: %check_consentlint %s consent-ad-sdk
// Consent held in status enums: ==, != in a guard, switch, Denied/Required.
#include <firebase/gma.h>
#include <firebase/ump.h>

using namespace firebase;

void compare(gma::InterstitialAd &ad) {
  ump::ConsentInfo *info = ump::ConsentInfo::GetInstance();
  ump::ConsentStatus s = info->GetConsentStatus();
  if (s == ump::kConsentStatusObtained)
    ad.Show();
  if (s != ump::kConsentStatusObtained)
    return;
  ad.Show();
}

void notGranted(gma::InterstitialAd &ad) {
  ump::ConsentStatus s = ump::ConsentInfo::GetInstance()->GetConsentStatus();
  if (s == ump::kConsentStatusRequired)
    return;
  ad.Show(); // Not "required" is not "obtained": Unknown remains possible.
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
}

void viaSwitch(gma::InterstitialAd &ad) {
  switch (ump::ConsentInfo::GetInstance()->GetConsentStatus()) {
  case ump::kConsentStatusObtained:
  case ump::kConsentStatusNotRequired:
    ad.Show();
    break;
  case ump::kConsentStatusRequired:
    ad.Show();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
    break;
  default:
    break;
  }
}

void fallThroughFromUnknown(gma::InterstitialAd &ad) {
  switch (ump::ConsentInfo::GetInstance()->GetConsentStatus()) {
  case ump::kConsentStatusUnknown:
  case ump::kConsentStatusObtained:
    ad.Show();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
    break;
  default:
    break;
  }
}
