// An iOS view controller using App Tracking Transparency, location and ads.
#import <AdSupport/AdSupport.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>
#import <CoreLocation/CoreLocation.h>
#import <GoogleMobileAds/GoogleMobileAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

@interface ViewController : NSObject
@property(nonatomic, strong) CLLocationManager *locationManager;
@property(nonatomic, strong) GADBannerView *banner;
- (void)sendAdvertisingIdentifier:(NSUUID *)idfa;
@end

@implementation ViewController

- (void)viewDidLoad {
  // Read before the ATT prompt: reported.
  NSUUID *early = ASIdentifierManager.sharedManager.advertisingIdentifier;
  [self sendAdvertisingIdentifier:early];

  [ATTrackingManager requestTrackingAuthorizationWithCompletionHandler:^(
                         ATTrackingManagerAuthorizationStatus status) {
    if (status == ATTrackingManagerAuthorizationStatusAuthorized)
      [self sendAdvertisingIdentifier:[ASIdentifierManager sharedManager]
                                          .advertisingIdentifier];
  }];

  if (UMPConsentInformation.sharedInstance.canRequestAds)
    [GADMobileAds.sharedInstance startWithCompletionHandler:nil];

  [self.banner loadRequest:[GADRequest request]]; // Reported: no UMP check.

  if (self.locationManager.authorizationStatus ==
      kCLAuthorizationStatusAuthorizedWhenInUse)
    [self.locationManager startUpdatingLocation];
}

- (void)sendAdvertisingIdentifier:(NSUUID *)idfa {
}

@end
