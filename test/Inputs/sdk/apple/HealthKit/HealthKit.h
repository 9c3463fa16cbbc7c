// Mock of HealthKit (HKHealthStore).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef long HKAuthorizationStatus;
enum {
  HKAuthorizationStatusNotDetermined = 0,
  HKAuthorizationStatusSharingDenied,
  HKAuthorizationStatusSharingAuthorized
};
@interface HKObjectType : NSObject
@end
@interface HKQuery : NSObject
@end
@interface HKHealthStore : NSObject
- (HKAuthorizationStatus)authorizationStatusForType:(HKObjectType *)type;
- (void)executeQuery:(HKQuery *)query;
- (void)stopQuery:(HKQuery *)query;
@end
