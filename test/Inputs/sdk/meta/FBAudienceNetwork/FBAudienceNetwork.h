// Mock of Meta Audience Network (FBAudienceNetwork), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@class UIViewController;
@interface FBAdInitSettings : NSObject
@end
@interface FBAdInitResults : NSObject
@end
@interface FBAudienceNetworkAds : NSObject
+ (void)initializeWithSettings:(FBAdInitSettings *)settings completionHandler:(void (^)(FBAdInitResults *results))completionHandler;
@end
@interface FBAdSettings : NSObject
+ (void)setAdvertiserTrackingEnabled:(BOOL)advertiserTrackingEnabled;
+ (void)setMixedAudience:(BOOL)mixedAudience;
+ (void)addTestDevice:(NSString *)deviceHash;
@end
@interface FBAdView : NSObject
- (void)loadAd;
@end
@interface FBInterstitialAd : NSObject
- (instancetype)initWithPlacementID:(NSString *)placementID;
- (void)loadAd;
- (BOOL)showAdFromRootViewController:(UIViewController *)rootViewController;
@end
