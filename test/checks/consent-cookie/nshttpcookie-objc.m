// RUN: %check_consentlint %s consent-cookie --rules=%S/Inputs/apple-cookie-store.yaml
// Objective-C cookie stores, with a rule pack given on the command line.
#import <Foundation/Foundation.h>

@interface NSHTTPCookie : NSObject
+ (NSHTTPCookie *)cookieWithProperties:(NSDictionary *)properties;
@end
@interface NSHTTPCookieStorage : NSObject
@property(class, readonly, strong) NSHTTPCookieStorage *sharedHTTPCookieStorage;
- (void)setCookie:(NSHTTPCookie *)cookie;
@end
extern NSString *const NSHTTPCookieName;
extern NSString *const NSHTTPCookieValue;

void store(void) {
  NSHTTPCookie *c = [NSHTTPCookie cookieWithProperties:@{NSHTTPCookieName : @"_ga", NSHTTPCookieValue : @"1"}];
  [NSHTTPCookieStorage.sharedHTTPCookieStorage setCookie:c];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[NSHTTPCookieStorage setCookie:]' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  NSHTTPCookie *s = [NSHTTPCookie cookieWithProperties:@{NSHTTPCookieName : @"sessionid", NSHTTPCookieValue : @"1"}];
  [NSHTTPCookieStorage.sharedHTTPCookieStorage setCookie:s];
}
