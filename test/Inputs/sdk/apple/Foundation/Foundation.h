// Mock of the Foundation types consentlint's Objective-C tests need.
#pragma clang system_header
#pragma once
typedef signed char BOOL;
#define YES __objc_yes
#define NO __objc_no
typedef long NSInteger;
typedef unsigned long NSUInteger;
#define nil ((id)0)
@interface NSObject
+ (instancetype)alloc;
- (instancetype)init;
+ (instancetype)new;
@end
@interface NSString : NSObject
@end
@interface NSError : NSObject
@end
@interface NSUUID : NSObject
@property(readonly, copy) NSString *UUIDString;
@end
@interface NSDictionary<K, V> : NSObject
+ (instancetype)dictionaryWithObjects:(const id _Nonnull[])objects
                              forKeys:(const id _Nonnull[])keys
                                count:(NSUInteger)cnt;
@end
@interface NSUserDefaults : NSObject
@property(class, readonly, strong) NSUserDefaults *standardUserDefaults;
- (NSInteger)integerForKey:(NSString *)defaultName;
- (NSString *)stringForKey:(NSString *)defaultName;
- (BOOL)boolForKey:(NSString *)defaultName;
@end
