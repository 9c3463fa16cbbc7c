// Mock of AppLovin's SDK (ALSdk, MAX ad classes, ALPrivacySettings).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface ALSdkInitializationConfiguration : NSObject
@end
@interface ALSdkSettings : NSObject
@property(nonatomic, copy) NSString *userIdentifier;
@end
@interface ALSdk : NSObject
@property(class, nonatomic, readonly) ALSdk *shared;
@property(nonatomic, readonly) ALSdkSettings *settings;
- (void)initializeWithConfiguration:(ALSdkInitializationConfiguration *)configuration completionHandler:(void (^)(id configuration))completionHandler;
- (void)showMediationDebugger;
@end
@interface ALPrivacySettings : NSObject
+ (void)setHasUserConsent:(BOOL)hasUserConsent;
+ (void)setDoNotSell:(BOOL)doNotSell;
@end
@interface MAInterstitialAd : NSObject
- (instancetype)initWithAdUnitIdentifier:(NSString *)adUnitIdentifier;
- (void)loadAd;
- (void)showAd;
@end
