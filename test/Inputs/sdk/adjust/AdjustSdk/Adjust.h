// Mock of Adjust (Adjust class, ADJConfig, ADJEvent), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface ADJConfig : NSObject
@end
@interface ADJEvent : NSObject
+ (instancetype)eventWithEventToken:(NSString *)eventToken;
@end
@interface Adjust : NSObject
+ (void)appDidLaunch:(ADJConfig *)adjustConfig;
+ (void)initSdk:(ADJConfig *)adjustConfig;
+ (void)trackEvent:(ADJEvent *)event;
+ (void)addGlobalCallbackParameter:(NSString *)param forKey:(NSString *)key;
+ (void)setEnabled:(BOOL)enabled;
+ (void)gdprForgetMe;
@end
