// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <Flurry_iOS_SDK/Flurry.h>

void ungated(void) {
  [Flurry startSession:@"key"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Flurry startSession:]' starts a Flurry session without a consent check for analytics [consent-analytics-sdk]
  [Flurry setUserID:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Flurry setUserID:]' logs an event or user id to Flurry without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    [Flurry logEvent:@"level_complete"];
}
