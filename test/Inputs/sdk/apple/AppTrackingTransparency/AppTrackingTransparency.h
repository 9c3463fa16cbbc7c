#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef enum ATTrackingManagerAuthorizationStatus : NSUInteger {
  ATTrackingManagerAuthorizationStatusNotDetermined = 0,
  ATTrackingManagerAuthorizationStatusRestricted,
  ATTrackingManagerAuthorizationStatusDenied,
  ATTrackingManagerAuthorizationStatusAuthorized
} ATTrackingManagerAuthorizationStatus;
@interface ATTrackingManager : NSObject
@property(class, nonatomic, readonly) ATTrackingManagerAuthorizationStatus trackingAuthorizationStatus;
+ (void)requestTrackingAuthorizationWithCompletionHandler:(void (^)(ATTrackingManagerAuthorizationStatus status))completion;
@end
