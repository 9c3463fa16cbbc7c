// RUN: %check_consentlint %s consent-ad-sdk --experimental
#import <UnityAds/UnityAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

void ungated(id delegate) {
  [UnityAds initialize:@"1234" testMode:NO initializationDelegate:delegate];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[UnityAds initialize:testMode:initializationDelegate:]' starts the Unity Ads SDK without a consent check for advertising [consent-ad-sdk]
  [UnityAds load:@"Interstitial_iOS" loadDelegate:delegate];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[UnityAds load:loadDelegate:]' loads or shows a Unity ad without a consent check for advertising [consent-ad-sdk]
}

void gated(id delegate) {
  if (UMPConsentInformation.sharedInstance.canRequestAds)
    [UnityAds show:nil placementId:@"Interstitial_iOS" showDelegate:delegate];
}

// Not findings: consent and privacy metadata.
void configuration(void) {
  UADSMetaData *gdpr = [[UADSMetaData alloc] init];
  [gdpr set:@"gdpr.consent" value:@"false"];
  [gdpr commit];
}
