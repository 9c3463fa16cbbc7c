#import "ConsentManager.h"
#import <UserMessagingPlatform/UserMessagingPlatform.h>

@implementation ConsentManager
+ (ConsentManager *)sharedInstance {
  return [[ConsentManager alloc] init];
}
- (BOOL)canRequestAds {
  return UMPConsentInformation.sharedInstance.canRequestAds;
}
- (BOOL)analyticsAllowed {
  return NO; // Not a gate: always false.
}
@end
