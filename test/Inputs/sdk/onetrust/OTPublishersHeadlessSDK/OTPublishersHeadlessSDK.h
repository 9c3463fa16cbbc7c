// Mock of the OneTrust iOS SDK (OTPublishersHeadlessSDK).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface OTPublishersHeadlessSDK : NSObject
@property(class, nonatomic, readonly) OTPublishersHeadlessSDK *shared;
- (NSInteger)getConsentStatusForCategory:(NSString *)categoryId;
- (BOOL)shouldShowBanner;
@end
