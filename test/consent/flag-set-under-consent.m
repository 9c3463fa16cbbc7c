// RUN: %check_consentlint %s consent-personal-data
// A flag set to YES only where consent was checked holds that consent.
#import <AdSupport/AdSupport.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

void send(NSUUID *idfa);

@interface Tracker : NSObject
@property(nonatomic) BOOL trackingAllowed;
@property(nonatomic) BOOL askedOnce;
@end

@implementation Tracker
- (void)ask {
  [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(ATTrackingManagerAuthorizationStatus status) {
    if (status == ATTrackingManagerAuthorizationStatusAuthorized)
      self.trackingAllowed = YES;
    self.askedOnce = YES; // Set on every path: says nothing about consent.
  }];
}
- (void)reset {
  self.trackingAllowed = NO;
}
- (void)send {
  if (self.trackingAllowed)
    send(ASIdentifierManager.sharedManager.advertisingIdentifier);
  if (self.askedOnce)
    send(ASIdentifierManager.sharedManager.advertisingIdentifier);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: message '-[ASIdentifierManager advertisingIdentifier]' {{.*}} [consent-personal-data]
}
@end
