#pragma clang system_header
// Mock of App Center Analytics (MSACAnalytics.h), declarations written from
// the public API signatures.
#pragma once
#import <Foundation/Foundation.h>
@interface MSACAnalytics : NSObject
+ (void)trackEvent:(NSString *)eventName;
+ (void)trackEvent:(NSString *)eventName withProperties:(NSDictionary<NSString *, NSString *> *)properties;
+ (void)pause;
@end
