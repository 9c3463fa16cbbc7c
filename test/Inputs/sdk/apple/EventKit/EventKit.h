// Mock of EventKit (EKEventStore).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef long EKEntityType;
enum { EKEntityTypeEvent = 0, EKEntityTypeReminder };
typedef long EKAuthorizationStatus;
enum {
  EKAuthorizationStatusNotDetermined = 0,
  EKAuthorizationStatusRestricted,
  EKAuthorizationStatusDenied,
  EKAuthorizationStatusFullAccess,
  EKAuthorizationStatusWriteOnly
};
@class NSPredicate, NSArray;
@interface EKEventStore : NSObject
+ (EKAuthorizationStatus)authorizationStatusForEntityType:(EKEntityType)entityType;
- (void)requestFullAccessToEventsWithCompletion:(void (^)(BOOL granted, NSError *error))completion;
- (NSArray *)eventsMatchingPredicate:(NSPredicate *)predicate;
@end
