// Mock of the Google Mobile Ads iOS SDK (GAD*), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface GADRequest : NSObject
+ (instancetype)request;
@end
@interface GADMobileAds : NSObject
@property(class, nonatomic, readonly, strong) GADMobileAds *sharedInstance;
- (void)startWithCompletionHandler:(void (^)(id status))completionHandler;
@end
@interface GADBannerView : NSObject
@property(nonatomic, copy) NSString *adUnitID;
- (void)loadRequest:(GADRequest *)request;
@end
@interface GADInterstitialAd : NSObject
+ (void)loadWithAdUnitID:(NSString *)adUnitID request:(GADRequest *)request completionHandler:(void (^)(GADInterstitialAd *ad, NSError *error))completionHandler;
@end
