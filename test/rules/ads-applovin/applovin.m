// RUN: %check_consentlint %s consent-ad-sdk --experimental
#import <AppLovinSDK/AppLovinSDK.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

void ungated(MAInterstitialAd *ad) {
  [[ALSdk shared] initializeWithConfiguration:nil completionHandler:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[ALSdk initializeWithConfiguration:completionHandler:]' starts the AppLovin SDK without a consent check for advertising [consent-ad-sdk]
  [ad loadAd];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[MAInterstitialAd loadAd]' requests or shows an AppLovin MAX ad without a consent check for advertising [consent-ad-sdk]
  [[ALSdk shared].settings setUserIdentifier:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[ALSdkSettings setUserIdentifier:]' sends a user identifier to AppLovin without a consent check for advertising [consent-ad-sdk]
}

void gated(MAInterstitialAd *ad) {
  if (!UMPConsentInformation.sharedInstance.canRequestAds)
    return;
  [[ALSdk shared] initializeWithConfiguration:nil completionHandler:nil];
  [ad showAd];
}

// Not findings: passing consent, do-not-sell, the mediation debugger.
void configuration(void) {
  [ALPrivacySettings setHasUserConsent:NO];
  [ALPrivacySettings setDoNotSell:YES];
  [[ALSdk shared] showMediationDebugger];
}
