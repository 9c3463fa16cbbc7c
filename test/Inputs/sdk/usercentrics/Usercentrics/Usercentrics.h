// Mock of the Usercentrics iOS SDK's service consent (unverified spelling).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface UsercentricsServiceConsent : NSObject
@property(nonatomic, readonly) NSString *templateId;
@property(nonatomic, readonly) BOOL status;
@end
