// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <AppCenter/AppCenter.h>
#import <AppCenterAnalytics/AppCenterAnalytics.h>
#import <acme/consent.h>

void ungated(NSString *secret) {
  [MSACAppCenter start:secret withServices:@[ [MSACAnalytics class] ]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[MSACAppCenter start:withServices:]' starts App Center services without a consent check for analytics [consent-analytics-sdk]
  [MSACAppCenter setUserId:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[MSACAppCenter setUserId:]' sends a user id to App Center without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    [MSACAnalytics trackEvent:@"Checkout"];
}

// Not findings: turning the SDK off, pausing.
void configuration(void) {
  [MSACAppCenter setEnabled:NO];
  [MSACAnalytics pause];
}

#define TRACK(e) [MSACAnalytics trackEvent:(e)]
void macro(void) {
  TRACK(@"m");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[MSACAnalytics trackEvent:]' tracks an event with App Center Analytics without a consent check for analytics [consent-analytics-sdk]
}
