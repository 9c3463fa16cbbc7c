// Mock of Firebase Crashlytics for Apple platforms (FIRCrashlytics).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface FIRCrashlytics : NSObject
+ (instancetype)crashlytics;
- (void)setCrashlyticsCollectionEnabled:(BOOL)enabled;
- (void)setUserID:(NSString *)userID;
- (void)log:(NSString *)msg;
- (void)deleteUnsentReports;
@end
