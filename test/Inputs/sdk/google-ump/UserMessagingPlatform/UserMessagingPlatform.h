// Mock of Google's User Messaging Platform iOS SDK (UMP*).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef enum UMPConsentStatus : NSInteger {
  UMPConsentStatusUnknown = 0,
  UMPConsentStatusRequired = 1,
  UMPConsentStatusNotRequired = 2,
  UMPConsentStatusObtained = 3
} UMPConsentStatus;
@interface UMPRequestParameters : NSObject
@end
@interface UMPConsentInformation : NSObject
@property(class, nonatomic, readonly, strong) UMPConsentInformation *sharedInstance;
@property(nonatomic, readonly) UMPConsentStatus consentStatus;
@property(nonatomic, readonly) BOOL canRequestAds;
- (void)requestConsentInfoUpdateWithParameters:(UMPRequestParameters *)parameters completionHandler:(void (^)(NSError *error))handler;
@end
@interface UMPConsentForm : NSObject
+ (void)loadAndPresentIfRequiredFromViewController:(id)viewController completionHandler:(void (^)(NSError *error))completionHandler;
@end
