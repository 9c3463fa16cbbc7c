// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <Amplitude/Amplitude.h>

void ungated(void) {
  [[Amplitude instance] initializeApiKey:@"key"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Amplitude initializeApiKey:]' starts Amplitude tracking without a consent check for analytics [consent-analytics-sdk]
  [[Amplitude instance] setUserId:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Amplitude setUserId:]' sends a user identity, properties or the IDFA to Amplitude without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    [[Amplitude instance] logEvent:@"Checkout"];
}

// Session events turned on by dot syntax; off is no finding.
void sessions(void) {
  [Amplitude instance].trackingSessionEvents = YES;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: message '-[Amplitude setTrackingSessionEvents:]' starts Amplitude tracking without a consent check for analytics [consent-analytics-sdk]
  [Amplitude instance].trackingSessionEvents = NO;
}

// Not findings: opting out (by message or dot syntax), COPPA control.
void configuration(void) {
  [[Amplitude instance] setOptOut:YES];
  [Amplitude instance].optOut = YES;
  [[Amplitude instance] enableCoppaControl];
}
