// Mock of Chartboost (v7 API).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface Chartboost : NSObject
+ (void)startWithAppId:(NSString *)appId appSignature:(NSString *)appSignature delegate:(id)delegate;
+ (void)startWithAppID:(NSString *)appID appSignature:(NSString *)appSignature completion:(void (^)(id error))completion;
+ (void)addDataUseConsent:(id)consent;
@end
