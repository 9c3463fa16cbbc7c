#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef int CLAuthorizationStatus;
enum {
  kCLAuthorizationStatusNotDetermined = 0,
  kCLAuthorizationStatusRestricted = 1,
  kCLAuthorizationStatusDenied = 2,
  kCLAuthorizationStatusAuthorizedAlways = 3,
  kCLAuthorizationStatusAuthorizedWhenInUse = 4
};
@interface CLLocationManager : NSObject
@property(nonatomic, readonly) CLAuthorizationStatus authorizationStatus;
- (void)requestWhenInUseAuthorization;
- (void)startUpdatingLocation;
- (void)stopUpdatingLocation;
- (void)requestLocation;
@end
