// Mock of Unity Ads for iOS (UnityAds), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@class UIViewController;
@interface UADSMetaData : NSObject
- (void)set:(NSString *)key value:(id)value;
- (void)commit;
@end
@interface UnityAds : NSObject
+ (void)initialize:(NSString *)gameId testMode:(BOOL)testMode initializationDelegate:(id)initializationDelegate;
+ (void)load:(NSString *)placementId loadDelegate:(id)loadDelegate;
+ (void)show:(UIViewController *)viewController placementId:(NSString *)placementId showDelegate:(id)showDelegate;
@end
