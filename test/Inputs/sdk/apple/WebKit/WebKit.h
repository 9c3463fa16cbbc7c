// Mock of WebKit's WKHTTPCookieStore.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@class NSHTTPCookie;
@interface WKHTTPCookieStore : NSObject
- (void)setCookie:(NSHTTPCookie *)cookie completionHandler:(void (^)(void))completionHandler;
- (void)deleteCookie:(NSHTTPCookie *)cookie completionHandler:(void (^)(void))completionHandler;
- (void)getAllCookies:(void (^)(id cookies))completionHandler;
@end
