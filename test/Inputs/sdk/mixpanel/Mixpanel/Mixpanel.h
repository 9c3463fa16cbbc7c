// Mock of Mixpanel (mixpanel-iphone), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface MixpanelPeople : NSObject
- (void)set:(NSString *)property to:(id)object;
- (void)setOnce:(NSDictionary *)properties;
@end
@interface Mixpanel : NSObject
@property(atomic, readonly, strong) MixpanelPeople *people;
+ (Mixpanel *)sharedInstanceWithToken:(NSString *)apiToken;
+ (Mixpanel *)sharedInstanceWithToken:(NSString *)apiToken optOutTrackingByDefault:(BOOL)optOutTrackingByDefault;
+ (Mixpanel *)sharedInstance;
- (void)track:(NSString *)event;
- (void)registerSuperProperties:(NSDictionary *)properties;
- (void)flush;
- (void)identify:(NSString *)distinctId;
- (void)optInTracking;
- (void)optOutTracking;
@end
