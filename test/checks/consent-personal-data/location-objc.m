// RUN: %check_consentlint %s consent-personal-data
#import <CoreLocation/CoreLocation.h>

#define START(m) [(m) startUpdatingLocation]

@interface Map : NSObject
@property(nonatomic, strong) CLLocationManager *manager;
@end

@implementation Map
- (void)viewDidLoad {
  [self.manager startUpdatingLocation];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CLLocationManager startUpdatingLocation]' starts collecting the device location without a consent check for location [consent-personal-data]
  START(self.manager);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CLLocationManager startUpdatingLocation]' starts collecting the device location without a consent check for location [consent-personal-data]
  // CHECK-MESSAGES: :4:18: note: expanded from macro 'START'
}

- (void)authorized {
  CLAuthorizationStatus s = self.manager.authorizationStatus;
  switch (s) {
  case kCLAuthorizationStatusAuthorizedWhenInUse:
  case kCLAuthorizationStatusAuthorizedAlways:
    [self.manager startUpdatingLocation];
    break;
  case kCLAuthorizationStatusDenied:
    [self.manager requestLocation];
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[CLLocationManager requestLocation]' starts collecting the device location without a consent check for location [consent-personal-data]
    break;
  default:
    break;
  }
}
@end
