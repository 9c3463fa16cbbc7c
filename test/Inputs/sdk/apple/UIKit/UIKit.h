// Mock of UIKit: UIDevice and UIViewController only.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface UIDevice : NSObject
@property(class, nonatomic, readonly) UIDevice *currentDevice;
@property(nonatomic, readonly, strong) NSUUID *identifierForVendor;
@property(nonatomic, readonly, strong) NSString *systemVersion;
@end
@interface UIViewController : NSObject
@end
