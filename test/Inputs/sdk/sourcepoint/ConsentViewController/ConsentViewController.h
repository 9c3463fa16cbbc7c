// Mock of Sourcepoint's vendor grant (unverified spelling).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface SPGDPRVendorGrant : NSObject
@property(nonatomic, readonly) BOOL granted;
@end
