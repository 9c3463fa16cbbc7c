#pragma clang system_header
// Mock of App Center (appcenter-sdk-apple MSACAppCenter.h), declarations
// written from the public API signatures.
#pragma once
#import <Foundation/Foundation.h>
@interface MSACAppCenter : NSObject
+ (void)start:(NSString *)appSecret withServices:(NSArray<Class> *)services;
+ (void)startWithServices:(NSArray<Class> *)services;
+ (void)setUserId:(NSString *)userId;
+ (void)setEnabled:(BOOL)isEnabled;
@end
