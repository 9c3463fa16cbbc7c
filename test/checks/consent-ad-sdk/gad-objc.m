// RUN: %check_consentlint %s consent-ad-sdk
#import <GoogleMobileAds/GoogleMobileAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

@interface HomeBanner : GADBannerView
@end
@implementation HomeBanner
@end

@interface Screen : NSObject
@property(nonatomic, strong) HomeBanner *banner;
@end

@implementation Screen
- (void)viewDidLoad {
  [self.banner loadRequest:[GADRequest request]];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[GADBannerView loadRequest:]' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
  [GADMobileAds.sharedInstance startWithCompletionHandler:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[GADMobileAds startWithCompletionHandler:]' starts the Google Mobile Ads SDK without a consent check for advertising [consent-ad-sdk]
}

- (void)viewDidAppear:(BOOL)animated {
  if (UMPConsentInformation.sharedInstance.canRequestAds) {
    [GADMobileAds.sharedInstance startWithCompletionHandler:nil];
    [self.banner loadRequest:[GADRequest request]];
  }
  if (UMPConsentInformation.sharedInstance.consentStatus == UMPConsentStatusObtained)
    [GADInterstitialAd loadWithAdUnitID:@"unit" request:[GADRequest request] completionHandler:nil];
}
@end
