// RUN: %check_consentlint %s consent-ad-sdk
// RUN: %check_consentlint %s consent-analytics-sdk --experimental -check-suffix=EVENTS
#import <AppTrackingTransparency/AppTrackingTransparency.h>
#import <FBAudienceNetwork/FBAudienceNetwork.h>
#import <FBSDKCoreKit/FBSDKCoreKit.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}

void ungated(FBAdView *banner, FBInterstitialAd *interstitial) {
  [FBAudienceNetworkAds initializeWithSettings:nil completionHandler:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[FBAudienceNetworkAds initializeWithSettings:completionHandler:]' starts the Meta Audience Network SDK without a consent check for advertising [consent-ad-sdk]
  [banner loadAd];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[FBAdView loadAd]' requests or shows a Meta Audience Network ad without a consent check for advertising [consent-ad-sdk]
  [interstitial showAdFromRootViewController:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[FBInterstitialAd showAdFromRootViewController:]' {{.*}} [consent-ad-sdk]
  [FBSDKAppEvents logEvent:FBSDKAppEventNameCompletedRegistration];
  // CHECK-MESSAGES-EVENTS: :[[@LINE-1]]:3: warning: message '+[FBSDKAppEvents logEvent:]' logs an App Event to Meta without a consent check for advertising and analytics [consent-analytics-sdk]
}

void gated(FBAdView *banner) {
  if (tracking()) {
    [FBAudienceNetworkAds initializeWithSettings:nil completionHandler:nil];
    [banner loadAd];
  }
}

// Not findings: passing the ATT decision, mixed-audience (child-directed)
// flags, test devices and SDK switches that limit collection.
void configuration(void) {
  [FBAdSettings setAdvertiserTrackingEnabled:NO];
  [FBAdSettings setMixedAudience:YES];
  [FBAdSettings addTestDevice:@"hash"];
  FBSDKSettings.sharedSettings.autoLogAppEventsEnabled = NO;
  FBSDKSettings.sharedSettings.advertiserIDCollectionEnabled = NO;
}
