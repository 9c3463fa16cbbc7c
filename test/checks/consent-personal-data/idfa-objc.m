// RUN: %check_consentlint %s consent-personal-data
#import <AdSupport/AdSupport.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

void send(NSUUID *idfa);

@interface Tracker : NSObject
@end

@implementation Tracker
- (void)beforeAsking {
  send([ASIdentifierManager sharedManager].advertisingIdentifier);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) without a consent check for tracking [consent-personal-data]
}

- (void)askThenRead {
  [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(ATTrackingManagerAuthorizationStatus status) {
    if (status == ATTrackingManagerAuthorizationStatusAuthorized)
      send(ASIdentifierManager.sharedManager.advertisingIdentifier);
    if (status == ATTrackingManagerAuthorizationStatusDenied)
      send(ASIdentifierManager.sharedManager.advertisingIdentifier);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) without a consent check for tracking [consent-personal-data]
  }];
}

- (void)currentStatus {
  if (ATTrackingManager.trackingAuthorizationStatus != ATTrackingManagerAuthorizationStatusAuthorized)
    return;
  send(ASIdentifierManager.sharedManager.advertisingIdentifier);
}

- (void)handlerWithoutCheck {
  [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(ATTrackingManagerAuthorizationStatus status) {
    send(ASIdentifierManager.sharedManager.advertisingIdentifier);
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) without a consent check for tracking [consent-personal-data]
  }];
}
@end

// A project class with the same property name is not AdSupport.
@interface Campaign : NSObject
@property(nonatomic, readonly) NSUUID *advertisingIdentifier;
@end
void lookAlike(Campaign *c) { send(c.advertisingIdentifier); }
