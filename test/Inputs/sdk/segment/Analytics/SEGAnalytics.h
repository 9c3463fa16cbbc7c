// Mock of Segment's analytics-ios (SEGAnalytics), from its public API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface SEGAnalyticsConfiguration : NSObject
+ (instancetype)configurationWithWriteKey:(NSString *)writeKey;
@property (nonatomic, assign) BOOL trackApplicationLifecycleEvents;
@property (nonatomic, assign) BOOL recordScreenViews;
@property (nonatomic, assign) NSUInteger flushAt;
@end
@interface SEGAnalytics : NSObject
+ (void)setupWithConfiguration:(SEGAnalyticsConfiguration *)configuration;
+ (instancetype)sharedAnalytics;
- (void)track:(NSString *)event;
- (void)flush;
- (void)identify:(NSString *)userId traits:(NSDictionary *)traits;
- (void)disable;
- (void)reset;
@end
