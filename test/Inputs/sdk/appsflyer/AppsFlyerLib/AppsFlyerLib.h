// Mock of AppsFlyer (AppsFlyerLib), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface AppsFlyerLib : NSObject
+ (AppsFlyerLib *)shared;
@property(nonatomic, copy) NSString *customerUserID;
@property(nonatomic) BOOL anonymizeUser;
@property(nonatomic) BOOL disableAdvertisingIdentifier;
- (void)start;
- (void)logEvent:(NSString *)eventName withValues:(NSDictionary *)values;
- (void)setCustomerUserID:(NSString *)customerUserID;
@end
