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

// ---------------------------------------------------------------------------
// Additions for parsing real sources (bench/corpus), from Apple's public
// CoreLocation signatures. Declarations above are unchanged.
// ---------------------------------------------------------------------------
typedef double CLLocationDegrees;
typedef double CLLocationAccuracy;
typedef double CLLocationDistance;
typedef struct { CLLocationDegrees latitude; CLLocationDegrees longitude; } CLLocationCoordinate2D;
BOOL CLLocationCoordinate2DIsValid(CLLocationCoordinate2D coord);
CLLocationCoordinate2D CLLocationCoordinate2DMake(CLLocationDegrees latitude, CLLocationDegrees longitude);
extern const CLLocationAccuracy kCLLocationAccuracyBest;
extern const CLLocationAccuracy kCLLocationAccuracyNearestTenMeters;
extern const CLLocationAccuracy kCLLocationAccuracyHundredMeters;
extern const CLLocationAccuracy kCLLocationAccuracyKilometer;
extern const CLLocationAccuracy kCLLocationAccuracyThreeKilometers;
extern const CLLocationAccuracy kCLLocationAccuracyReduced;
@interface CLLocation : NSObject <NSCopying, NSSecureCoding>
- (instancetype)initWithLatitude:(CLLocationDegrees)latitude longitude:(CLLocationDegrees)longitude;
@property(readonly, nonatomic) CLLocationCoordinate2D coordinate;
@property(readonly, nonatomic) CLLocationDistance altitude;
@property(readonly, nonatomic) CLLocationAccuracy horizontalAccuracy;
@property(readonly, nonatomic) CLLocationAccuracy verticalAccuracy;
@property(readonly, nonatomic, copy) NSDate *timestamp;
@end
@interface CLPlacemark : NSObject <NSCopying, NSSecureCoding>
@property(nonatomic, readonly, copy) CLLocation *location;
@property(nonatomic, readonly, copy) NSString *name;
@property(nonatomic, readonly, copy) NSString *ISOcountryCode;
@property(nonatomic, readonly, copy) NSString *country;
@property(nonatomic, readonly, copy) NSString *postalCode;
@property(nonatomic, readonly, copy) NSString *locality;
@property(nonatomic, readonly, copy) NSString *administrativeArea;
@end
typedef void (^CLGeocodeCompletionHandler)(NSArray<CLPlacemark *> *placemarks, NSError *error);
@interface CLGeocoder : NSObject
- (void)reverseGeocodeLocation:(CLLocation *)location completionHandler:(CLGeocodeCompletionHandler)completionHandler;
- (void)geocodeAddressString:(NSString *)addressString completionHandler:(CLGeocodeCompletionHandler)completionHandler;
- (void)cancelGeocode;
@end
@protocol CLLocationManagerDelegate;
@interface CLLocationManager (ConsentlintMockCoreLocation)
+ (BOOL)locationServicesEnabled;
+ (CLAuthorizationStatus)authorizationStatus;
+ (BOOL)significantLocationChangeMonitoringAvailable;
@property(weak, nonatomic) id<CLLocationManagerDelegate> delegate;
@property(assign, nonatomic) CLLocationAccuracy desiredAccuracy;
@property(assign, nonatomic) CLLocationDistance distanceFilter;
@property(assign, nonatomic) BOOL allowsBackgroundLocationUpdates;
@property(assign, nonatomic) BOOL pausesLocationUpdatesAutomatically;
@property(readonly, nonatomic, copy) CLLocation *location;
- (void)requestAlwaysAuthorization;
- (void)startMonitoringSignificantLocationChanges;
- (void)stopMonitoringSignificantLocationChanges;
@end
@interface CLRegion : NSObject
@property(readonly, nonatomic, copy) NSString *identifier;
@end
@interface CLLocationManager (ConsentlintMockCoreLocationMonitoring)
- (void)startMonitoringVisits;
- (void)startMonitoringForRegion:(CLRegion *)region;
@end
@protocol CLLocationManagerDelegate <NSObject>
@optional
- (void)locationManager:(CLLocationManager *)manager didUpdateLocations:(NSArray<CLLocation *> *)locations;
- (void)locationManager:(CLLocationManager *)manager didFailWithError:(NSError *)error;
- (void)locationManager:(CLLocationManager *)manager didChangeAuthorizationStatus:(CLAuthorizationStatus)status;
- (void)locationManagerDidChangeAuthorization:(CLLocationManager *)manager;
@end
