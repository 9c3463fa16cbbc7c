// Mock of Vungle / Liftoff Monetize (VungleAds).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface VungleAds : NSObject
+ (void)initWithAppId:(NSString *)appId completion:(void (^)(NSError *error))completion;
@end
@interface VunglePrivacySettings : NSObject
+ (void)setGDPRStatus:(BOOL)optIn;
+ (void)setCOPPAStatus:(BOOL)isUserCoppa;
@end
