// RUN: %check_consentlint %s consent-ad-sdk --experimental
#import <Chartboost/Chartboost.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

void ungated(id delegate) {
  [Chartboost startWithAppId:@"app" appSignature:@"sig" delegate:delegate];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Chartboost startWithAppId:appSignature:delegate:]' starts the Chartboost SDK without a consent check for advertising [consent-ad-sdk]
  [Chartboost startWithAppID:@"app" appSignature:@"sig" completion:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Chartboost startWithAppID:appSignature:completion:]' starts the Chartboost SDK without a consent check for advertising [consent-ad-sdk]
}

void gated(id delegate) {
  if (UMPConsentInformation.sharedInstance.canRequestAds)
    [Chartboost startWithAppId:@"app" appSignature:@"sig" delegate:delegate];
}

// Not a finding: recording the user's data-use consent.
void configuration(id consent) { [Chartboost addDataUseConsent:consent]; }
