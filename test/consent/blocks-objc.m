// RUN: %check_consentlint %s consent-ad-sdk
// Objective-C blocks and completion handlers of consent APIs.
#import <GoogleMobileAds/GoogleMobileAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

@interface Ads : NSObject
@property(nonatomic, strong) GADBannerView *banner;
@property(nonatomic) BOOL canRequestAds;
@end

@implementation Ads
- (void)viewDidLoad {
  [UMPConsentInformation.sharedInstance
      requestConsentInfoUpdateWithParameters:[UMPRequestParameters new]
                           completionHandler:^(NSError *error) {
                             if (UMPConsentInformation.sharedInstance.canRequestAds)
                               [self.banner loadRequest:[GADRequest request]];
                             [self.banner loadRequest:[GADRequest request]];
                             // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: message '-[GADBannerView loadRequest:]' {{.*}} [consent-ad-sdk]
                           }];
  [UMPConsentForm loadAndPresentIfRequiredFromViewController:self
                                           completionHandler:^(NSError *error) {
                                             self.canRequestAds = UMPConsentInformation.sharedInstance.canRequestAds;
                                             if (self.canRequestAds)
                                               [GADMobileAds.sharedInstance startWithCompletionHandler:nil];
                                           }];
  [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(ATTrackingManagerAuthorizationStatus status) {
    if (status != ATTrackingManagerAuthorizationStatusAuthorized)
      return;
    [self.banner loadRequest:[GADRequest request]];
  }];
}

- (void)showLater {
  if (self.canRequestAds)
    [self.banner loadRequest:[GADRequest request]];
}
@end
