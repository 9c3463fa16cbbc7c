// RUN: %check_consentlint %s consent-analytics-sdk
// An Objective-C SDK's own implementation (classes with the SDK's prefix:
// SEGAnalytics, SEGIntegration) calling its API is the vendor's code, not
// the app's use of it; the app's call is reported.
#import <Foundation/Foundation.h>
#import <Analytics/SEGAnalytics.h>

@interface SEGIntegration : NSObject
@end
@implementation SEGIntegration
- (void)forward {
  [[SEGAnalytics sharedAnalytics] track:@"Forwarded"];
}
@end

// A look-alike: a class whose name only shares the first letters.
@interface SEOHelper : NSObject
@end
@implementation SEOHelper
- (void)ping {
  [[SEGAnalytics sharedAnalytics] track:@"Ping"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[SEGAnalytics track:]' sends an event or screen to Segment without a consent check for analytics [consent-analytics-sdk]
}
@end

@interface AppController : NSObject
@end
@implementation AppController
- (void)buy {
  [[SEGAnalytics sharedAnalytics] track:@"Purchased"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[SEGAnalytics track:]' sends an event or screen to Segment without a consent check for analytics [consent-analytics-sdk]
}
@end
