// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <Analytics/SEGAnalytics.h>

void ungated(void) {
  [SEGAnalytics setupWithConfiguration:[SEGAnalyticsConfiguration configurationWithWriteKey:@"key"]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[SEGAnalytics setupWithConfiguration:]' starts Segment tracking without a consent check for analytics [consent-analytics-sdk]
  [[SEGAnalytics sharedAnalytics] identify:@"u1" traits:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[SEGAnalytics identify:traits:]' sends a user identity or traits to Segment without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    [[SEGAnalytics sharedAnalytics] track:@"Item Purchased"];
}

// Not findings: disabling and resetting.
void configuration(void) {
  [[SEGAnalytics sharedAnalytics] disable];
  [[SEGAnalytics sharedAnalytics] reset];
}

// Flushing uploads the queued events.
void upload(void) {
  [[SEGAnalytics sharedAnalytics] flush];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[SEGAnalytics flush]' {{.*}} [consent-analytics-sdk]
}

// Automatic events turned on by dot syntax or by message: the setter's
// rule; turning them off, or another setting, is no finding.
void lifecycle(void) {
  SEGAnalyticsConfiguration *c = [SEGAnalyticsConfiguration configurationWithWriteKey:@"key"];
  c.trackApplicationLifecycleEvents = YES;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[SEGAnalyticsConfiguration setTrackApplicationLifecycleEvents:]' starts Segment tracking without a consent check for analytics [consent-analytics-sdk]
  [c setRecordScreenViews:YES];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[SEGAnalyticsConfiguration setRecordScreenViews:]' starts Segment tracking without a consent check for analytics [consent-analytics-sdk]
  c.recordScreenViews = NO;
  c.flushAt = 1;
  if (ACMEConsent.analyticsAllowed)
    c.trackApplicationLifecycleEvents = YES;
  BOOL on = c.trackApplicationLifecycleEvents;
  (void)on;
}
