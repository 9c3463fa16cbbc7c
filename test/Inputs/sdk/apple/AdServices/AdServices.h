// Mock of AdServices (public signature): the attribution token.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface AAAttribution : NSObject
+ (NSString *)attributionTokenWithError:(NSError **)error;
@end
