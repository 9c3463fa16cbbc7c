#import <Foundation/Foundation.h>
// As in Google's UMP sample: the app wraps UMP in a manager of its own,
// defined in another translation unit.
@interface ConsentManager : NSObject
@property(class, nonatomic, readonly, strong) ConsentManager *sharedInstance;
@property(nonatomic, readonly) BOOL canRequestAds;
- (BOOL)analyticsAllowed;
@end
