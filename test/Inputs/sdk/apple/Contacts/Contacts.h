// Mock of the Contacts framework (CNContactStore).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef long CNEntityType;
enum { CNEntityTypeContacts = 0 };
typedef long CNAuthorizationStatus;
enum {
  CNAuthorizationStatusNotDetermined = 0,
  CNAuthorizationStatusRestricted,
  CNAuthorizationStatusDenied,
  CNAuthorizationStatusAuthorized,
  CNAuthorizationStatusLimited
};
@class NSPredicate, NSArray;
@interface CNContactStore : NSObject
+ (CNAuthorizationStatus)authorizationStatusForEntityType:(CNEntityType)entityType;
- (void)requestAccessForEntityType:(CNEntityType)entityType completionHandler:(void (^)(BOOL granted, NSError *error))completionHandler;
- (NSArray *)unifiedContactsMatchingPredicate:(NSPredicate *)predicate keysToFetch:(NSArray *)keys error:(NSError **)error;
@end
