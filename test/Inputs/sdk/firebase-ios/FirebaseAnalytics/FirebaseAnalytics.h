// Mock of FirebaseAnalytics for iOS (FIRAnalytics).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface FIRAnalytics : NSObject
+ (void)logEventWithName:(NSString *)name parameters:(NSDictionary<NSString *, id> *)parameters;
+ (void)setUserID:(NSString *)userID;
+ (void)setAnalyticsCollectionEnabled:(BOOL)analyticsCollectionEnabled;
@end
