// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <AppsFlyerLib/AppsFlyerLib.h>

void ungated(void) {
  [[AppsFlyerLib shared] start];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[AppsFlyerLib start]' starts AppsFlyer attribution without a consent check for {{.*}} [consent-analytics-sdk]
  [[AppsFlyerLib shared] setCustomerUserID:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[AppsFlyerLib setCustomerUserID:]' sends a user identifier, contact details or location to AppsFlyer without {{.*}} [consent-analytics-sdk]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed && tracking())
    [[AppsFlyerLib shared] logEvent:@"af_purchase" withValues:nil];
}

// Not findings: switches that reduce collection.
void configuration(void) {
  [AppsFlyerLib shared].anonymizeUser = YES;
  [AppsFlyerLib shared].disableAdvertisingIdentifier = YES;
}
