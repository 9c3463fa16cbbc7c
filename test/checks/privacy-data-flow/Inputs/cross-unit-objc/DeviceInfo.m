#import "DeviceInfo.h"
#import <UIKit/UIKit.h>

@implementation DeviceInfo
+ (NSString *)osVersion {
  return UIDevice.currentDevice.systemVersion;
}
+ (NSString *)osName {
  return UIDevice.currentDevice.systemName;
}
@end
