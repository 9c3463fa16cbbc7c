// Mock of UserNotifications (public signatures) for corpus parsing.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef NS_OPTIONS(NSUInteger, UNAuthorizationOptions) {
  UNAuthorizationOptionBadge = (1 << 0), UNAuthorizationOptionSound = (1 << 1), UNAuthorizationOptionAlert = (1 << 2),
  UNAuthorizationOptionCarPlay = (1 << 3), UNAuthorizationOptionProvisional = (1 << 6)
};
typedef NS_OPTIONS(NSUInteger, UNNotificationPresentationOptions) {
  UNNotificationPresentationOptionBadge = (1 << 0), UNNotificationPresentationOptionSound = (1 << 1),
  UNNotificationPresentationOptionAlert = (1 << 2), UNNotificationPresentationOptionList = (1 << 3),
  UNNotificationPresentationOptionBanner = (1 << 4)
};
typedef NS_ENUM(NSInteger, UNAuthorizationStatus) {
  UNAuthorizationStatusNotDetermined = 0, UNAuthorizationStatusDenied, UNAuthorizationStatusAuthorized,
  UNAuthorizationStatusProvisional, UNAuthorizationStatusEphemeral
};
@interface UNNotificationAttachment : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)attachmentWithIdentifier:(NSString *)identifier URL:(NSURL *)URL options:(NSDictionary *)options error:(NSError **)error;
@end
@interface UNNotificationContent : NSObject <NSCopying, NSMutableCopying, NSSecureCoding>
@property(readonly, copy) NSString *title;
@property(readonly, copy) NSString *body;
@property(readonly, copy) NSDictionary *userInfo;
@property(readonly, copy) NSString *categoryIdentifier;
@property(readonly, copy) NSArray<UNNotificationAttachment *> *attachments;
@end
@interface UNMutableNotificationContent : UNNotificationContent
@property(copy) NSString *title;
@property(copy) NSString *body;
@property(copy) NSDictionary *userInfo;
@property(copy) NSString *categoryIdentifier;
@property(copy) NSArray<UNNotificationAttachment *> *attachments;
@end
@interface UNNotificationRequest : NSObject <NSCopying, NSSecureCoding>
@property(readonly, copy) NSString *identifier;
@property(readonly, copy) UNNotificationContent *content;
@end
@interface UNNotification : NSObject <NSCopying, NSSecureCoding>
@property(readonly, copy) NSDate *date;
@property(readonly, copy) UNNotificationRequest *request;
@end
@interface UNNotificationResponse : NSObject <NSCopying, NSSecureCoding>
@property(readonly, copy) UNNotification *notification;
@property(readonly, copy) NSString *actionIdentifier;
@end
extern NSString *const UNNotificationDefaultActionIdentifier;
extern NSString *const UNNotificationDismissActionIdentifier;
@interface UNNotificationAction : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)actionWithIdentifier:(NSString *)identifier title:(NSString *)title options:(NSUInteger)options;
@end
@interface UNNotificationCategory : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)categoryWithIdentifier:(NSString *)identifier actions:(NSArray<UNNotificationAction *> *)actions intentIdentifiers:(NSArray<NSString *> *)intentIdentifiers options:(NSUInteger)options;
@end
@interface UNNotificationSettings : NSObject <NSCopying, NSSecureCoding>
@property(readonly) UNAuthorizationStatus authorizationStatus;
@end
@class UNUserNotificationCenter;
@protocol UNUserNotificationCenterDelegate <NSObject>
@optional
- (void)userNotificationCenter:(UNUserNotificationCenter *)center willPresentNotification:(UNNotification *)notification withCompletionHandler:(void (^)(UNNotificationPresentationOptions options))completionHandler;
- (void)userNotificationCenter:(UNUserNotificationCenter *)center didReceiveNotificationResponse:(UNNotificationResponse *)response withCompletionHandler:(void (^)(void))completionHandler;
@end
@interface UNUserNotificationCenter : NSObject
+ (UNUserNotificationCenter *)currentNotificationCenter;
@property(nonatomic, weak) id<UNUserNotificationCenterDelegate> delegate;
- (void)requestAuthorizationWithOptions:(UNAuthorizationOptions)options completionHandler:(void (^)(BOOL granted, NSError *error))completionHandler;
- (void)getNotificationSettingsWithCompletionHandler:(void (^)(UNNotificationSettings *settings))completionHandler;
- (void)setNotificationCategories:(NSSet<UNNotificationCategory *> *)categories;
- (void)addNotificationRequest:(UNNotificationRequest *)request withCompletionHandler:(void (^)(NSError *error))completionHandler;
@end
@interface UNNotificationServiceExtension : NSObject
- (void)didReceiveNotificationRequest:(UNNotificationRequest *)request withContentHandler:(void (^)(UNNotificationContent *contentToDeliver))contentHandler;
- (void)serviceExtensionTimeWillExpire;
@end
