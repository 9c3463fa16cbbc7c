#import "settings.h"
#import <UserMessagingPlatform/UserMessagingPlatform.h>
#import <acme/consent.h>

BOOL g_analyticsAllowed = NO;

@implementation Settings
+ (Settings *)shared {
  return [[Settings alloc] init];
}
- (void)refresh {
  self.adsAllowed = UMPConsentInformation.sharedInstance.canRequestAds;
  g_analyticsAllowed = [ACMEConsent analyticsAllowed];
}
@end
