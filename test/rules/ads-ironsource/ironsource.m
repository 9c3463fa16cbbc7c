// RUN: %check_consentlint %s consent-ad-sdk --experimental
#import <IronSource/IronSource.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

void ungated(void) {
  [IronSource initWithAppKey:@"key"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[IronSource initWithAppKey:]' starts the ironSource SDK without a consent check for advertising [consent-ad-sdk]
  [IronSource setUserId:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[IronSource setUserId:]' sends a user identifier to ironSource without a consent check for advertising [consent-ad-sdk]
  [IronSource loadInterstitial];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[IronSource loadInterstitial]' loads or shows an ironSource ad without a consent check for advertising [consent-ad-sdk]
}

void gated(void) {
  if (UMPConsentInformation.sharedInstance.canRequestAds) {
    [IronSource initWithAppKey:@"key"];
    [IronSource showInterstitialWithViewController:nil];
  }
}

// Not findings: consent and child-directed metadata.
void configuration(void) {
  [IronSource setConsent:NO];
  [IronSource setMetaDataWithKey:@"is_child_directed" value:@"YES"];
}
