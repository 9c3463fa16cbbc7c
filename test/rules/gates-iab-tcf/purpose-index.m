// RUN: %check_consentlint %s consent-analytics-sdk
// IAB TCF purpose consents are read by index: character N is purpose N+1.
#import <FirebaseAnalytics/FirebaseAnalytics.h>
#import <Foundation/Foundation.h>

@interface NSString (Characters)
- (unsigned short)characterAtIndex:(NSUInteger)index;
@end

void measured(void) {
  NSString *consents = [NSUserDefaults.standardUserDefaults stringForKey:@"IABTCF_PurposeConsents"];
  // Purpose 8 (measure content performance) covers analytics.
  if ([consents characterAtIndex:7] == '1')
    [FIRAnalytics logEventWithName:@"level_up" parameters:nil];
  // Purpose 2 (basic ads) does not.
  if ([consents characterAtIndex:1] == '1')
    [FIRAnalytics logEventWithName:@"ad_shown" parameters:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '+[FIRAnalytics logEventWithName:parameters:]' {{.*}} without a consent check for analytics [consent-analytics-sdk]
  if ([consents characterAtIndex:7] != '1')
    return;
  [FIRAnalytics logEventWithName:@"after_guard" parameters:nil];
}

void onlyRead(void) {
  // Reading the string is not a check of any purpose.
  NSString *consents = [NSUserDefaults.standardUserDefaults stringForKey:@"IABTCF_PurposeConsents"];
  if (consents)
    [FIRAnalytics logEventWithName:@"opened" parameters:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '+[FIRAnalytics logEventWithName:parameters:]' {{.*}} [consent-analytics-sdk]
}
