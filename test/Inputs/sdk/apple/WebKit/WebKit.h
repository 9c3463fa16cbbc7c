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

// Additions for parsing real sources (bench/corpus), from Apple's public WebKit
// signatures. Declarations above are unchanged.
#import <UIKit/UIKit.h>
@class WKWebView, WKNavigation, WKNavigationAction, WKNavigationResponse, WKUserContentController, WKScriptMessage;
typedef NS_ENUM(NSInteger, WKNavigationActionPolicy) { WKNavigationActionPolicyCancel, WKNavigationActionPolicyAllow };
typedef NS_ENUM(NSInteger, WKNavigationResponsePolicy) { WKNavigationResponsePolicyCancel, WKNavigationResponsePolicyAllow };
@interface WKWebsiteDataStore : NSObject
+ (WKWebsiteDataStore *)defaultDataStore;
+ (WKWebsiteDataStore *)nonPersistentDataStore;
@property(nonatomic, readonly) WKHTTPCookieStore *httpCookieStore;
@end
@protocol WKScriptMessageHandler <NSObject>
- (void)userContentController:(WKUserContentController *)userContentController didReceiveScriptMessage:(WKScriptMessage *)message;
@end
@interface WKScriptMessage : NSObject
@property(nonatomic, readonly, copy) id body;
@property(nonatomic, readonly, copy) NSString *name;
@end
@interface WKUserContentController : NSObject
- (void)addScriptMessageHandler:(id<WKScriptMessageHandler>)scriptMessageHandler name:(NSString *)name;
- (void)removeScriptMessageHandlerForName:(NSString *)name;
@end
@interface WKWebViewConfiguration : NSObject <NSCopying>
@property(nonatomic, strong) WKUserContentController *userContentController;
@property(nonatomic, strong) WKWebsiteDataStore *websiteDataStore;
@end
@interface WKNavigationAction : NSObject
@property(nonatomic, readonly, copy) NSURLRequest *request;
@end
@protocol WKNavigationDelegate <NSObject>
@optional
- (void)webView:(WKWebView *)webView decidePolicyForNavigationAction:(WKNavigationAction *)navigationAction decisionHandler:(void (^)(WKNavigationActionPolicy))decisionHandler;
- (void)webView:(WKWebView *)webView didFinishNavigation:(WKNavigation *)navigation;
- (void)webView:(WKWebView *)webView didFailNavigation:(WKNavigation *)navigation withError:(NSError *)error;
- (void)webView:(WKWebView *)webView didFailProvisionalNavigation:(WKNavigation *)navigation withError:(NSError *)error;
@end
@protocol WKUIDelegate <NSObject>
@end
@interface WKWebView : UIView
- (instancetype)initWithFrame:(CGRect)frame configuration:(WKWebViewConfiguration *)configuration;
@property(nonatomic, readonly, copy) WKWebViewConfiguration *configuration;
@property(nonatomic, weak) id<WKNavigationDelegate> navigationDelegate;
@property(nonatomic, weak) id<WKUIDelegate> UIDelegate;
@property(nonatomic, readonly, copy) NSURL *URL;
- (WKNavigation *)loadRequest:(NSURLRequest *)request;
- (WKNavigation *)loadHTMLString:(NSString *)string baseURL:(NSURL *)baseURL;
- (void)evaluateJavaScript:(NSString *)javaScriptString completionHandler:(void (^)(id result, NSError *error))completionHandler;
- (void)stopLoading;
@end
