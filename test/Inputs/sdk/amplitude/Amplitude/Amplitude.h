// Mock of Amplitude (legacy Amplitude-iOS), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface Amplitude : NSObject
+ (Amplitude *)instance;
@property(nonatomic, assign) BOOL optOut;
@property(nonatomic, assign) BOOL trackingSessionEvents;
- (void)initializeApiKey:(NSString *)apiKey;
- (void)logEvent:(NSString *)eventType;
- (void)setUserId:(NSString *)userId;
- (void)setOptOut:(BOOL)enabled;
- (void)enableCoppaControl;
@end
