// Mock of the Facebook SDK's App Events (FBSDKCoreKit), v12-era API.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef NSString *FBSDKAppEventName;
extern FBSDKAppEventName const FBSDKAppEventNameCompletedRegistration;
@interface FBSDKAppEvents : NSObject
+ (void)logEvent:(FBSDKAppEventName)eventName;
+ (void)setUserID:(NSString *)userID;
@end
@interface FBSDKSettings : NSObject
@property(class, nonatomic, readonly) FBSDKSettings *sharedSettings;
@property(nonatomic) BOOL autoLogAppEventsEnabled;
@property(nonatomic) BOOL advertiserIDCollectionEnabled;
@end
