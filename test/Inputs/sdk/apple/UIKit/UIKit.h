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

// ---------------------------------------------------------------------------
// Additions for parsing real SDK sources (bench/corpus), written from Apple's
// public UIKit signatures. Declarations above are unchanged.
// ---------------------------------------------------------------------------
#ifndef IBAction
#define IBAction void
#endif
#define IBOutlet
#define IBInspectable
#define IB_DESIGNABLE
#define UIKIT_EXTERN extern
typedef NS_ENUM(NSInteger, UIUserInterfaceIdiom) {
  UIUserInterfaceIdiomUnspecified = -1, UIUserInterfaceIdiomPhone, UIUserInterfaceIdiomPad,
  UIUserInterfaceIdiomTV, UIUserInterfaceIdiomCarPlay, UIUserInterfaceIdiomMac = 5, UIUserInterfaceIdiomVision = 6
};
typedef NS_ENUM(NSInteger, UIDeviceBatteryState) {
  UIDeviceBatteryStateUnknown, UIDeviceBatteryStateUnplugged, UIDeviceBatteryStateCharging, UIDeviceBatteryStateFull
};
typedef NS_ENUM(NSInteger, UIDeviceOrientation) {
  UIDeviceOrientationUnknown, UIDeviceOrientationPortrait, UIDeviceOrientationPortraitUpsideDown,
  UIDeviceOrientationLandscapeLeft, UIDeviceOrientationLandscapeRight, UIDeviceOrientationFaceUp, UIDeviceOrientationFaceDown
};
@interface UIDevice (ConsentlintMockUIKit)
@property(nonatomic, readonly, strong) NSString *name;
@property(nonatomic, readonly, strong) NSString *model;
@property(nonatomic, readonly, strong) NSString *localizedModel;
@property(nonatomic, readonly, strong) NSString *systemName;
@property(nonatomic, readonly) UIUserInterfaceIdiom userInterfaceIdiom;
@property(nonatomic, readonly) UIDeviceOrientation orientation;
@property(nonatomic, getter=isBatteryMonitoringEnabled) BOOL batteryMonitoringEnabled;
@property(nonatomic, readonly) UIDeviceBatteryState batteryState;
@property(nonatomic, readonly) float batteryLevel;
@property(nonatomic, readonly, getter=isMultitaskingSupported) BOOL multitaskingSupported;
@end

typedef NS_ENUM(NSInteger, UIApplicationState) {
  UIApplicationStateActive, UIApplicationStateInactive, UIApplicationStateBackground
};
typedef NSUInteger UIBackgroundTaskIdentifier;
UIKIT_EXTERN const UIBackgroundTaskIdentifier UIBackgroundTaskInvalid;
typedef NSString *UIApplicationOpenURLOptionsKey;
typedef NSString *UIApplicationLaunchOptionsKey;
UIKIT_EXTERN NSString *const UIApplicationOpenSettingsURLString;
UIKIT_EXTERN NSNotificationName const UIApplicationDidEnterBackgroundNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationWillEnterForegroundNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationDidFinishLaunchingNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationDidBecomeActiveNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationWillResignActiveNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationWillTerminateNotification;
UIKIT_EXTERN NSNotificationName const UIApplicationDidReceiveMemoryWarningNotification;
UIKIT_EXTERN NSNotificationName const UIDeviceOrientationDidChangeNotification;

@class UIWindow, UIScene, UIImage, UIColor, UIEvent, UITraitCollection, UIStoryboard;
@interface UIResponder : NSObject
@property(nonatomic, readonly) UIResponder *nextResponder;
- (BOOL)becomeFirstResponder;
- (BOOL)resignFirstResponder;
@end
@interface UIView : UIResponder
- (instancetype)initWithFrame:(CGRect)frame;
@property(nonatomic) CGRect frame;
@property(nonatomic) CGRect bounds;
@property(nonatomic, getter=isHidden) BOOL hidden;
@property(nonatomic) CGFloat alpha;
@property(nonatomic, copy) UIColor *backgroundColor;
@property(nonatomic, getter=isUserInteractionEnabled) BOOL userInteractionEnabled;
@property(nonatomic, readonly) UIView *superview;
@property(nonatomic, readonly, copy) NSArray<UIView *> *subviews;
@property(nonatomic, readonly) UIWindow *window;
@property(nonatomic, readonly) UITraitCollection *traitCollection;
- (void)addSubview:(UIView *)view;
- (void)removeFromSuperview;
- (void)setNeedsLayout;
- (void)layoutSubviews;
@end
@interface UITraitCollection : NSObject
@property(nonatomic, readonly) CGFloat displayScale;
@property(nonatomic, readonly) UIUserInterfaceIdiom userInterfaceIdiom;
@end
@interface UIWindow : UIView
@property(nonatomic, strong) UIViewController *rootViewController;
@property(nonatomic, getter=isKeyWindow, readonly) BOOL keyWindow;
- (void)makeKeyAndVisible;
@end
@interface UIScreen : NSObject
@property(class, nonatomic, readonly) UIScreen *mainScreen;
@property(nonatomic, readonly) CGRect bounds;
@property(nonatomic, readonly) CGRect nativeBounds;
@property(nonatomic, readonly) CGFloat scale;
@property(nonatomic, readonly) CGFloat nativeScale;
@end
@interface UIScene : UIResponder
@end
@interface UIWindowScene : UIScene
@property(nonatomic, readonly) NSArray<UIWindow *> *windows;
@end
@interface UIViewController (ConsentlintMockUIKit)
- (instancetype)initWithNibName:(NSString *)nibNameOrNil bundle:(NSBundle *)nibBundleOrNil;
@property(nonatomic, strong) UIView *view;
@property(nonatomic, copy) NSString *title;
@property(nonatomic, readonly) UIViewController *presentedViewController;
@property(nonatomic, readonly) UIViewController *presentingViewController;
@property(nonatomic, readonly) UIViewController *parentViewController;
@property(nonatomic, readonly) NSArray<UIViewController *> *childViewControllers;
- (void)viewDidLoad;
- (void)viewWillAppear:(BOOL)animated;
- (void)viewDidAppear:(BOOL)animated;
- (void)viewWillDisappear:(BOOL)animated;
- (void)viewDidDisappear:(BOOL)animated;
- (void)didReceiveMemoryWarning;
- (void)presentViewController:(UIViewController *)viewControllerToPresent animated:(BOOL)flag completion:(void (^)(void))completion;
- (void)dismissViewControllerAnimated:(BOOL)flag completion:(void (^)(void))completion;
- (void)removeFromParentViewController;
- (void)addChildViewController:(UIViewController *)childController;
@end
@interface UINavigationController : UIViewController
@property(nonatomic, readonly, strong) UIViewController *topViewController;
@property(nonatomic, readonly, strong) UIViewController *visibleViewController;
@end
@interface UITabBarController : UIViewController
@property(nonatomic, copy) NSArray<__kindof UIViewController *> *viewControllers;
@property(nonatomic, assign) __kindof UIViewController *selectedViewController;
@end
@interface UIControl : UIView
@property(nonatomic, getter=isEnabled) BOOL enabled;
@end
@interface UIButton : UIControl
@end
@interface UISwitch : UIControl
@property(nonatomic, getter=isOn) BOOL on;
@end
@interface UILabel : UIView
@property(nonatomic, copy) NSString *text;
@end
@interface UITextField : UIControl
@property(nonatomic, copy) NSString *text;
@end
@interface UITableViewCell : UIView
@property(nonatomic, readonly, strong) UILabel *textLabel;
@property(nonatomic, readonly, strong) UIView *contentView;
@end
@interface UITableView : UIView
- (void)reloadData;
@end
@interface UITableViewController : UIViewController
@property(nonatomic, strong) UITableView *tableView;
@end
typedef NS_ENUM(NSInteger, UIAlertControllerStyle) { UIAlertControllerStyleActionSheet = 0, UIAlertControllerStyleAlert };
typedef NS_ENUM(NSInteger, UIAlertActionStyle) { UIAlertActionStyleDefault = 0, UIAlertActionStyleCancel, UIAlertActionStyleDestructive };
@interface UIAlertAction : NSObject <NSCopying>
+ (instancetype)actionWithTitle:(NSString *)title style:(UIAlertActionStyle)style handler:(void (^)(UIAlertAction *action))handler;
@end
@interface UIAlertController : UIViewController
+ (instancetype)alertControllerWithTitle:(NSString *)title message:(NSString *)message preferredStyle:(UIAlertControllerStyle)preferredStyle;
- (void)addAction:(UIAlertAction *)action;
@end
@protocol UIApplicationDelegate <NSObject>
@optional
@property(nonatomic, strong) UIWindow *window;
@end
@interface UIApplication : UIResponder
@property(class, nonatomic, readonly) UIApplication *sharedApplication;
@property(nonatomic, assign) id<UIApplicationDelegate> delegate;
@property(nonatomic, readonly) UIApplicationState applicationState;
@property(nonatomic, readonly) NSTimeInterval backgroundTimeRemaining;
@property(nonatomic, readonly) UIWindow *keyWindow;
@property(nonatomic, readonly) NSArray<__kindof UIWindow *> *windows;
@property(nonatomic, readonly) NSSet<UIScene *> *connectedScenes;
@property(nonatomic, getter=isNetworkActivityIndicatorVisible) BOOL networkActivityIndicatorVisible;
- (BOOL)canOpenURL:(NSURL *)url;
- (BOOL)openURL:(NSURL *)url;
- (void)openURL:(NSURL *)url options:(NSDictionary<UIApplicationOpenURLOptionsKey, id> *)options completionHandler:(void (^)(BOOL success))completion;
- (UIBackgroundTaskIdentifier)beginBackgroundTaskWithExpirationHandler:(void (^)(void))handler;
- (UIBackgroundTaskIdentifier)beginBackgroundTaskWithName:(NSString *)taskName expirationHandler:(void (^)(void))handler;
- (void)endBackgroundTask:(UIBackgroundTaskIdentifier)identifier;
- (void)registerForRemoteNotifications;
@end
@protocol UIUserActivityRestoring <NSObject>
@end
UIKIT_EXTERN UIApplicationLaunchOptionsKey const UIApplicationLaunchOptionsRemoteNotificationKey;
UIKIT_EXTERN UIApplicationLaunchOptionsKey const UIApplicationLaunchOptionsSourceApplicationKey;
UIKIT_EXTERN UIApplicationLaunchOptionsKey const UIApplicationLaunchOptionsURLKey;
UIKIT_EXTERN UIApplicationOpenURLOptionsKey const UIApplicationOpenURLOptionsSourceApplicationKey;
