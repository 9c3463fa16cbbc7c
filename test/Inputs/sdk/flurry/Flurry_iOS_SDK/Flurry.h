// Mock of Flurry (legacy Flurry class).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface Flurry : NSObject
+ (void)startSession:(NSString *)apiKey;
+ (void)logEvent:(NSString *)eventName;
+ (void)setUserID:(NSString *)userID;
@end
