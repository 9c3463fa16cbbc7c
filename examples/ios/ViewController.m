// An iOS view controller using App Tracking Transparency, location and ads.
#import <AdSupport/AdSupport.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>
#import <Contacts/Contacts.h>
#import <CoreLocation/CoreLocation.h>
#import <GoogleMobileAds/GoogleMobileAds.h>
#import <UserMessagingPlatform/UserMessagingPlatform.h>

@interface ViewController : NSObject
@property(nonatomic, strong) CLLocationManager *locationManager;
@property(nonatomic, strong) GADBannerView *banner;
@property(nonatomic, strong) CNContactStore *contacts;
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

- (void)inviteFriends {
  // Gated by the OS permission, but the privacy policy never says that the
  // game reads contacts: reported by policy-undisclosed-practice.
  if ([CNContactStore authorizationStatusForEntityType:CNEntityTypeContacts] ==
      CNAuthorizationStatusAuthorized)
    [self.contacts unifiedContactsMatchingPredicate:nil keysToFetch:nil error:nil];
}

@end
