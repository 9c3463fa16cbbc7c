#import <Foundation/Foundation.h>
@interface DeviceInfo : NSObject
+ (NSString *)osVersion;
@property(class, nonatomic, readonly) NSString *osName;
@end
@interface Store : NSObject
+ (void)keep:(NSString *)value;
@end
