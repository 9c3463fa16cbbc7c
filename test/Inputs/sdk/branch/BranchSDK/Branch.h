// Mock of Branch (Branch class), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface Branch : NSObject
+ (Branch *)getInstance;
+ (void)setTrackingDisabled:(BOOL)disabled;
- (void)initSessionWithLaunchOptions:(NSDictionary *)options andRegisterDeepLinkHandler:(void (^)(NSDictionary *params, NSError *error))callback;
- (void)setIdentity:(NSString *)userId;
- (void)enableLogging;
@end
