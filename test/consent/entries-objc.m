// RUN: %check_consentlint %s consent-ad-sdk
// Objective-C UI entry points, IBActions and target-action selectors.
#import <GoogleMobileAds/GoogleMobileAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

#define IBAction void
@interface Screen : NSObject
@property(nonatomic, strong) GADBannerView *banner;
- (IBAction)tapped:(id)sender __attribute__((ibaction));
@end

@implementation Screen
- (void)viewDidLoad {
  if (UMPConsentInformation.sharedInstance.canRequestAds)
    [self load];
  [self loadAgain];
}
- (void)load {
  [self.banner loadRequest:[GADRequest request]];
}
- (void)loadAgain {
  [self.banner loadRequest:[GADRequest request]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[GADBannerView loadRequest:]' {{.*}} [consent-ad-sdk]
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: '-[Screen loadAgain]' is called from '-[Screen viewDidLoad]' without a consent check for advertising
}
- (IBAction)tapped:(id)sender {
  [self.banner loadRequest:[GADRequest request]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[GADBannerView loadRequest:]' {{.*}} [consent-ad-sdk]
}
@end
