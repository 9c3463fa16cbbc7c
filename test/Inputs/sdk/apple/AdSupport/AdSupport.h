#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface ASIdentifierManager : NSObject
+ (ASIdentifierManager *)sharedManager;
@property(nonatomic, readonly) NSUUID *advertisingIdentifier;
@end
