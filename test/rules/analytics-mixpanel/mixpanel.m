// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <Mixpanel/Mixpanel.h>

void ungated(void) {
  Mixpanel *mp = [Mixpanel sharedInstanceWithToken:@"token"];
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: message '+[Mixpanel sharedInstanceWithToken:]' starts Mixpanel tracking without a consent check for analytics [consent-analytics-sdk]
  [mp track:@"Signed Up"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Mixpanel track:]' tracks an event with Mixpanel without a consent check for analytics [consent-analytics-sdk]
  [mp.people set:@"email" to:@"a@example.com"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[MixpanelPeople set:to:]' sends a user identity or profile to Mixpanel without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  Mixpanel *mp = [Mixpanel sharedInstanceWithToken:@"token" optOutTrackingByDefault:YES];
  if (ACMEConsent.analyticsAllowed) {
    [mp optInTracking];
    [mp identify:@"u1"];
  }
}

// Not findings: opting out, and recording the user's opt-in (the consent
// API itself).
void configuration(void) { [[Mixpanel sharedInstance] optOutTracking]; }
void userOptedIn(void) { [[Mixpanel sharedInstance] optInTracking]; }

// Super properties go with every event; flushing uploads them.
void superProperties(void) {
  Mixpanel *mp = [Mixpanel sharedInstance];
  [mp registerSuperProperties:@{@"plan" : @"pro"}];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Mixpanel registerSuperProperties:]' {{.*}} [consent-analytics-sdk]
  [mp.people setOnce:@{@"$name" : @"Ada"}];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[MixpanelPeople setOnce:]' {{.*}} [consent-analytics-sdk]
  [mp flush];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Mixpanel flush]' {{.*}} [consent-analytics-sdk]
}
