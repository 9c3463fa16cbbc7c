// RUN: %check_consentlint %s consent-ad-sdk --experimental
#import <VungleAdsSDK/VungleAdsSDK.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

void ungated(void) {
  [VungleAds initWithAppId:@"app" completion:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[VungleAds initWithAppId:completion:]' starts the Vungle (Liftoff) SDK without a consent check for advertising [consent-ad-sdk]
}

void gated(void) {
  if (UMPConsentInformation.sharedInstance.canRequestAds)
    [VungleAds initWithAppId:@"app" completion:nil];
}

// Not findings: privacy settings, including COPPA.
void configuration(void) {
  [VunglePrivacySettings setGDPRStatus:NO];
  [VunglePrivacySettings setCOPPAStatus:YES];
}
