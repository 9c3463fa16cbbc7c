// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <AdjustSdk/Adjust.h>

void ungated(ADJConfig *config) {
  [Adjust initSdk:config];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Adjust initSdk:]' starts Adjust attribution without {{.*}} [consent-analytics-sdk]
  [Adjust trackEvent:[ADJEvent eventWithEventToken:@"abc123"]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Adjust trackEvent:]' tracks an event with Adjust without {{.*}} [consent-analytics-sdk]
  [Adjust setEnabled:YES];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Adjust setEnabled:]' turns Adjust tracking on without {{.*}} [consent-analytics-sdk]
}

void gated(ADJConfig *config) {
  if (!ACMEConsent.analyticsAllowed || !tracking())
    return;
  [Adjust appDidLaunch:config];
}

// Not findings: turning tracking off, the right to be forgotten.
void configuration(void) {
  [Adjust setEnabled:NO];
  [Adjust gdprForgetMe];
}

// Parameters attached to every package leave with it.
void globals(void) {
  [Adjust addGlobalCallbackParameter:@"42" forKey:@"user_id"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[Adjust addGlobalCallbackParameter:forKey:]' {{.*}} [consent-analytics-sdk]
}
