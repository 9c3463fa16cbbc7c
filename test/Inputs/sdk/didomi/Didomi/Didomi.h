// Mock of the Didomi iOS SDK 1.x Objective-C surface (unverified spelling).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface Didomi : NSObject
+ (Didomi *)shared;
- (BOOL)getUserConsentStatusForPurpose:(NSString *)purposeId;
@end
