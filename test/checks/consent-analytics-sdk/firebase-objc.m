// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
#import <FirebaseAnalytics/FirebaseAnalytics.h>
#import <acme/consent.h>

@interface Game : NSObject
@property(nonatomic) BOOL analyticsOK;
@end

@implementation Game
- (void)start {
  [FIRAnalytics logEventWithName:@"app_open" parameters:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[FIRAnalytics logEventWithName:parameters:]' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
  if ([ACMEConsent analyticsAllowed])
    [FIRAnalytics setUserID:@"u1"];
  // A consent flag held in a property assigned only from the gate.
  self.analyticsOK = [ACMEConsent analyticsAllowed];
  if (self.analyticsOK)
    [FIRAnalytics logEventWithName:@"level_up" parameters:nil];
  // Turning collection off is configuration, not a finding.
  [FIRAnalytics setAnalyticsCollectionEnabled:NO];
}
@end
