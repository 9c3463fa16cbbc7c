// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
// Location: updates, significant changes, visits, the last fix and reverse
// geocoding; gated by the authorization status; a nil check collects nothing.
#import <Foundation/Foundation.h>
#import <CoreLocation/CoreLocation.h>

NSMutableDictionary *payload;

void ungated(CLLocationManager *m, CLGeocoder *g) {
  [m startMonitoringSignificantLocationChanges];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CLLocationManager startMonitoringSignificantLocationChanges]' {{.*}} [consent-personal-data]
  [m startMonitoringVisits];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CLLocationManager startMonitoringVisits]' {{.*}} [consent-personal-data]
  payload[@"where"] = m.location;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: message '-[CLLocationManager location]' {{.*}} [consent-personal-data]
  [g reverseGeocodeLocation:m.location completionHandler:^(NSArray *p, NSError *e) {}];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CLGeocoder reverseGeocodeLocation:completionHandler:]' {{.*}} [consent-personal-data]
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: message '-[CLLocationManager location]' {{.*}} [consent-personal-data]
}

void gated(CLLocationManager *m) {
  if ([CLLocationManager authorizationStatus] == kCLAuthorizationStatusAuthorizedWhenInUse)
    [m startMonitoringVisits];
}

BOOL hasFix(CLLocationManager *m) { return m.location != nil; }

#define LAST_FIX(m) (m).location
void macro(CLLocationManager *m) {
  payload[@"m"] = LAST_FIX(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: message '-[CLLocationManager location]' {{.*}} [consent-personal-data]
}

// A delegate: the status the platform passes in, and fixes that arrive
// only once the user allowed location.
@interface Tracker : NSObject <CLLocationManagerDelegate>
@end
@implementation Tracker
- (void)locationManager:(CLLocationManager *)manager didChangeAuthorizationStatus:(CLAuthorizationStatus)status {
  if (status == kCLAuthorizationStatusAuthorizedWhenInUse)
    [manager requestLocation];
  if (status == kCLAuthorizationStatusDenied)
    [manager startMonitoringVisits];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[CLLocationManager startMonitoringVisits]' {{.*}} [consent-personal-data]
}
- (void)locationManager:(CLLocationManager *)manager didUpdateLocations:(NSArray *)locations {
  CLGeocoder *g = [[CLGeocoder alloc] init];
  [g reverseGeocodeLocation:[locations lastObject] completionHandler:^(NSArray *p, NSError *e) {}];
}
@end
