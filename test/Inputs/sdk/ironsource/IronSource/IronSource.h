// Mock of ironSource (IronSource class), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@class UIViewController;
@interface IronSource : NSObject
+ (void)initWithAppKey:(NSString *)appKey;
+ (void)setUserId:(NSString *)userId;
+ (void)setConsent:(BOOL)consent;
+ (void)setMetaDataWithKey:(NSString *)key value:(NSString *)value;
+ (void)loadInterstitial;
+ (void)showInterstitialWithViewController:(UIViewController *)viewController;
@end
