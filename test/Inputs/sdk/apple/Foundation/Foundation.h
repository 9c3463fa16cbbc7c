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
- (void)setObject:(id)value forKey:(NSString *)defaultName;
@end

// ---------------------------------------------------------------------------
// Additions for parsing real SDK sources (bench/corpus): the common Foundation,
// CoreFoundation and libdispatch surface, written from Apple's public API
// signatures. Only declarations; the declarations above are unchanged.
// ---------------------------------------------------------------------------
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#ifndef TARGET_OS_IPHONE
#define TARGET_OS_IPHONE 1
#endif
#define NS_ASSUME_NONNULL_BEGIN _Pragma("clang assume_nonnull begin")
#define NS_ASSUME_NONNULL_END _Pragma("clang assume_nonnull end")
// NS_ENUM(type, name) and the anonymous NS_ENUM(type) form, as in the SDK.
#define __CLMOCK_GET_ENUM_MACRO(_1, _2, NAME, ...) NAME
#define __CLMOCK_NAMED_ENUM(_type, _name) enum _name : _type _name; enum _name : _type
#define __CLMOCK_ANON_ENUM(_type) enum : _type
#define NS_ENUM(...) __CLMOCK_GET_ENUM_MACRO(__VA_ARGS__, __CLMOCK_NAMED_ENUM, __CLMOCK_ANON_ENUM, )(__VA_ARGS__)
#define NS_OPTIONS(_type, _name) enum _name : _type _name; enum _name : _type
#define NS_CLOSED_ENUM(_type, _name) enum _name : _type _name; enum _name : _type
#define __CLMOCK_NAMED_ERROR_ENUM(_domain, _name) enum _name : NSInteger _name; enum _name : NSInteger
#define __CLMOCK_ANON_ERROR_ENUM(_domain) enum : NSInteger
#define NS_ERROR_ENUM(...) __CLMOCK_GET_ENUM_MACRO(__VA_ARGS__, __CLMOCK_NAMED_ERROR_ENUM, __CLMOCK_ANON_ERROR_ENUM, )(__VA_ARGS__)
#define CF_ENUM(...) NS_ENUM(__VA_ARGS__)
#define CF_OPTIONS(_type, _name) NS_OPTIONS(_type, _name)
#ifndef __nullable
#define __nullable _Nullable
#endif
// (__nonnull is not defined: glibc's <sys/cdefs.h> owns that name as a function-like macro.)
#ifndef __null_unspecified
#define __null_unspecified _Null_unspecified
#endif
#ifndef __unavailable
#define __unavailable __attribute__((unavailable))
#endif
#define NS_STRING_ENUM
#define NS_EXTENSIBLE_STRING_ENUM
#define NS_TYPED_ENUM
#define NS_TYPED_EXTENSIBLE_ENUM
#define NS_DESIGNATED_INITIALIZER __attribute__((objc_designated_initializer))
#define NS_UNAVAILABLE __attribute__((unavailable))
#define NS_REQUIRES_SUPER __attribute__((objc_requires_super))
#define NS_RETURNS_RETAINED __attribute__((ns_returns_retained))
#define NS_RETURNS_NOT_RETAINED __attribute__((ns_returns_not_retained))
#define NS_NOESCAPE __attribute__((noescape))
#define NS_FORMAT_FUNCTION(F, A) __attribute__((format(__NSString__, F, A)))
#define NS_FORMAT_ARGUMENT(A)
#define NS_SWIFT_NAME(_name)
#define NS_SWIFT_UNAVAILABLE(_msg)
#define NS_SWIFT_NOTHROW
#define NS_SWIFT_SENDABLE
#define NS_SWIFT_UI_ACTOR
#define NS_REFINED_FOR_SWIFT
#define NS_EXTENSION_UNAVAILABLE(_msg)
#define NS_EXTENSION_UNAVAILABLE_IOS(_msg)
#define NS_EXTENSION_UNAVAILABLE_MAC(_msg)
#define NS_AVAILABLE(_mac, _ios)
#define NS_AVAILABLE_IOS(_ios)
#define NS_CLASS_AVAILABLE(_mac, _ios)
#define NS_DEPRECATED_IOS(...)
#define NS_INLINE static inline
#define NS_HEADER_AUDIT_BEGIN(...)
#define NS_HEADER_AUDIT_END(...)
#define API_AVAILABLE(...)
#define API_UNAVAILABLE(...)
#define API_DEPRECATED(...)
#define API_DEPRECATED_WITH_REPLACEMENT(...)
#define API_TO_BE_DEPRECATED
#define DEPRECATED_ATTRIBUTE __attribute__((deprecated))
#define DEPRECATED_MSG_ATTRIBUTE(s) __attribute__((deprecated(s)))
#define UNAVAILABLE_ATTRIBUTE __attribute__((unavailable))
#define FOUNDATION_EXPORT extern
#define FOUNDATION_EXTERN extern
#define CF_EXPORT extern
#define NS_VALID_UNTIL_END_OF_SCOPE
#define NS_AUTOMATED_REFCOUNT_UNAVAILABLE
#define NSIntegerMax __LONG_MAX__
#define NSUIntegerMax (__LONG_MAX__ * 2UL + 1UL)
#define NSNotFound NSIntegerMax

typedef unsigned short unichar;
typedef double NSTimeInterval;
typedef double CGFloat;
typedef struct CGPoint { CGFloat x; CGFloat y; } CGPoint;
typedef struct CGSize { CGFloat width; CGFloat height; } CGSize;
typedef struct CGRect { CGPoint origin; CGSize size; } CGRect;
static const CGRect CGRectZero = {{0, 0}, {0, 0}};
typedef struct _NSRange { NSUInteger location; NSUInteger length; } NSRange;
static inline NSRange NSMakeRange(NSUInteger loc, NSUInteger len) { NSRange r = {loc, len}; return r; }
typedef NS_ENUM(NSInteger, NSComparisonResult) { NSOrderedAscending = -1L, NSOrderedSame, NSOrderedDescending };
typedef NSUInteger NSStringEncoding;
enum { NSASCIIStringEncoding = 1, NSUTF8StringEncoding = 4, NSMacOSRomanStringEncoding = 30 };
typedef NS_OPTIONS(NSUInteger, NSStringCompareOptions) {
  NSCaseInsensitiveSearch = 1, NSLiteralSearch = 2, NSBackwardsSearch = 4, NSAnchoredSearch = 8, NSNumericSearch = 64
};
typedef NS_OPTIONS(NSUInteger, NSBinarySearchingOptions) {
  NSBinarySearchingFirstEqual = (1UL << 8), NSBinarySearchingLastEqual = (1UL << 9), NSBinarySearchingInsertionIndex = (1UL << 10)
};
typedef NS_OPTIONS(NSUInteger, NSJSONReadingOptions) { NSJSONReadingMutableContainers = 1, NSJSONReadingMutableLeaves = 2, NSJSONReadingFragmentsAllowed = 4 };
typedef NS_OPTIONS(NSUInteger, NSJSONWritingOptions) { NSJSONWritingPrettyPrinted = 1, NSJSONWritingSortedKeys = 2, NSJSONWritingFragmentsAllowed = 4 };
typedef NS_ENUM(NSUInteger, NSSearchPathDirectory) { NSDocumentDirectory = 9, NSLibraryDirectory = 5, NSCachesDirectory = 13, NSApplicationSupportDirectory = 14 };
typedef NS_OPTIONS(NSUInteger, NSSearchPathDomainMask) { NSUserDomainMask = 1 };
typedef NSComparisonResult (^NSComparator)(id obj1, id obj2);

// CoreFoundation
typedef const void *CFTypeRef;
typedef const struct __CFString *CFStringRef;
typedef const struct __CFAllocator *CFAllocatorRef;
typedef const struct __CFUUID *CFUUIDRef;
extern const CFAllocatorRef kCFAllocatorDefault;
extern const CFStringRef kCFBundleVersionKey;
void CFRelease(CFTypeRef cf);
CFTypeRef CFRetain(CFTypeRef cf);
CFUUIDRef CFUUIDCreate(CFAllocatorRef alloc);
CFStringRef CFUUIDCreateString(CFAllocatorRef alloc, CFUUIDRef uuid);


@class NSArray<ObjectType>, NSMutableArray<ObjectType>, NSSet<ObjectType>, NSEnumerator<ObjectType>,
    NSMutableDictionary<KeyType, ObjectType>;
@class NSData, NSDate, NSURL, NSNumber, NSLocale, NSCoder, NSInvocation, NSMethodSignature, NSTimeZone,
    NSCharacterSet, NSIndexSet, Protocol;
typedef NSString *NSExceptionName;
typedef NSString *NSNotificationName;
typedef NSString *NSErrorDomain;
typedef NSString *NSErrorUserInfoKey;
typedef NSString *NSLocaleKey;
typedef NSString *NSFileAttributeKey;
typedef NSString *NSRunLoopMode;

@protocol NSObject
- (BOOL)isEqual:(id)object;
@property(readonly) NSUInteger hash;
@property(readonly) Class superclass;
- (Class)class;
- (instancetype)self;
- (id)performSelector:(SEL)aSelector;
- (id)performSelector:(SEL)aSelector withObject:(id)object;
- (id)performSelector:(SEL)aSelector withObject:(id)object1 withObject:(id)object2;
- (BOOL)isProxy;
- (BOOL)isKindOfClass:(Class)aClass;
- (BOOL)isMemberOfClass:(Class)aClass;
- (BOOL)conformsToProtocol:(Protocol *)aProtocol;
- (BOOL)respondsToSelector:(SEL)aSelector;
@property(readonly, copy) NSString *description;
@optional
@property(readonly, copy) NSString *debugDescription;
@end
@protocol NSCopying
- (id)copyWithZone:(struct _NSZone *)zone;
@end
@protocol NSMutableCopying
- (id)mutableCopyWithZone:(struct _NSZone *)zone;
@end
@protocol NSCoding
- (void)encodeWithCoder:(NSCoder *)coder;
- (instancetype)initWithCoder:(NSCoder *)coder;
@end
@protocol NSSecureCoding <NSCoding>
@property(class, readonly) BOOL supportsSecureCoding;
@end
typedef struct {
  unsigned long state;
  id __unsafe_unretained *itemsPtr;
  unsigned long *mutationsPtr;
  unsigned long extra[5];
} NSFastEnumerationState;
@protocol NSFastEnumeration
- (NSUInteger)countByEnumeratingWithState:(NSFastEnumerationState *)state
                                  objects:(id __unsafe_unretained[])buffer
                                    count:(NSUInteger)len;
@end

// libdispatch: as with OS_OBJECT_USE_OBJC, dispatch objects are Objective-C objects,
// so ARC code can keep them in strong properties.
typedef long dispatch_once_t;
typedef uint64_t dispatch_time_t;
@protocol OS_dispatch_object <NSObject>
@end
@protocol OS_dispatch_queue <OS_dispatch_object>
@end
@protocol OS_dispatch_queue_attr <OS_dispatch_object>
@end
@protocol OS_dispatch_semaphore <OS_dispatch_object>
@end
@protocol OS_dispatch_group <OS_dispatch_object>
@end
@protocol OS_dispatch_source <OS_dispatch_object>
@end
typedef NSObject<OS_dispatch_object> *dispatch_object_t;
typedef NSObject<OS_dispatch_queue> *dispatch_queue_t;
typedef NSObject<OS_dispatch_queue_attr> *dispatch_queue_attr_t;
typedef NSObject<OS_dispatch_semaphore> *dispatch_semaphore_t;
typedef NSObject<OS_dispatch_group> *dispatch_group_t;
typedef NSObject<OS_dispatch_source> *dispatch_source_t;
typedef void (^dispatch_block_t)(void);
struct dispatch_queue_attr_s;
extern struct dispatch_queue_attr_s _dispatch_queue_attr_concurrent;
#define DISPATCH_QUEUE_SERIAL NULL
#define DISPATCH_QUEUE_CONCURRENT ((__bridge dispatch_queue_attr_t)(void *)&_dispatch_queue_attr_concurrent)
#define DISPATCH_QUEUE_PRIORITY_DEFAULT 0
#define DISPATCH_QUEUE_PRIORITY_HIGH 2
#define DISPATCH_QUEUE_PRIORITY_BACKGROUND (-32768)
#define DISPATCH_TIME_NOW (0ull)
#define DISPATCH_TIME_FOREVER (~0ull)
#define NSEC_PER_SEC 1000000000ull
#define NSEC_PER_MSEC 1000000ull
void dispatch_once(dispatch_once_t *predicate, dispatch_block_t block);
void dispatch_async(dispatch_queue_t queue, dispatch_block_t block);
void dispatch_sync(dispatch_queue_t queue, dispatch_block_t block);
void dispatch_after(dispatch_time_t when, dispatch_queue_t queue, dispatch_block_t block);
void dispatch_barrier_async(dispatch_queue_t queue, dispatch_block_t block);
dispatch_queue_t dispatch_get_main_queue(void);
dispatch_queue_t dispatch_get_global_queue(long identifier, unsigned long flags);
dispatch_queue_t dispatch_queue_create(const char *label, dispatch_queue_attr_t attr);
dispatch_time_t dispatch_time(dispatch_time_t when, int64_t delta);
dispatch_semaphore_t dispatch_semaphore_create(long value);
long dispatch_semaphore_wait(dispatch_semaphore_t dsema, dispatch_time_t timeout);
long dispatch_semaphore_signal(dispatch_semaphore_t dsema);
dispatch_group_t dispatch_group_create(void);
void dispatch_group_enter(dispatch_group_t group);
void dispatch_group_leave(dispatch_group_t group);
void dispatch_group_notify(dispatch_group_t group, dispatch_queue_t queue, dispatch_block_t block);
long dispatch_group_wait(dispatch_group_t group, dispatch_time_t timeout);

@interface NSObject (ConsentlintMockFoundation) <NSObject>
+ (void)initialize;
+ (void)load;
+ (Class)class;
+ (Class)superclass;
+ (BOOL)instancesRespondToSelector:(SEL)aSelector;
+ (BOOL)respondsToSelector:(SEL)aSelector;
+ (BOOL)isSubclassOfClass:(Class)aClass;
+ (BOOL)conformsToProtocol:(Protocol *)protocol;
+ (NSMethodSignature *)instanceMethodSignatureForSelector:(SEL)aSelector;
+ (id)performSelector:(SEL)aSelector;
+ (id)performSelector:(SEL)aSelector withObject:(id)object;
+ (NSString *)description;
- (void)dealloc;
- (id)copy;
- (id)mutableCopy;
- (NSMethodSignature *)methodSignatureForSelector:(SEL)aSelector;
- (void)performSelectorOnMainThread:(SEL)aSelector withObject:(id)arg waitUntilDone:(BOOL)wait;
- (void)performSelectorInBackground:(SEL)aSelector withObject:(id)arg;
- (void)performSelector:(SEL)aSelector withObject:(id)anArgument afterDelay:(NSTimeInterval)delay;
- (id)valueForKey:(NSString *)key;
- (void)setValue:(id)value forKey:(NSString *)key;
- (id)valueForKeyPath:(NSString *)keyPath;
- (void)setValue:(id)value forKeyPath:(NSString *)keyPath;
- (void)addObserver:(NSObject *)observer forKeyPath:(NSString *)keyPath options:(NSUInteger)options context:(void *)context;
- (void)removeObserver:(NSObject *)observer forKeyPath:(NSString *)keyPath;
@end

@interface NSString (ConsentlintMockFoundation) <NSCopying, NSMutableCopying, NSSecureCoding>
+ (instancetype)string;
+ (instancetype)stringWithString:(NSString *)string;
+ (instancetype)stringWithFormat:(NSString *)format, ... NS_FORMAT_FUNCTION(1, 2);
+ (instancetype)stringWithUTF8String:(const char *)nullTerminatedCString;
+ (instancetype)stringWithCString:(const char *)cString encoding:(NSStringEncoding)enc;
+ (instancetype)stringWithContentsOfFile:(NSString *)path encoding:(NSStringEncoding)enc error:(NSError **)error;
- (instancetype)initWithString:(NSString *)aString;
- (instancetype)initWithFormat:(NSString *)format, ... NS_FORMAT_FUNCTION(1, 2);
- (instancetype)initWithData:(NSData *)data encoding:(NSStringEncoding)encoding;
- (instancetype)initWithBytes:(const void *)bytes length:(NSUInteger)len encoding:(NSStringEncoding)encoding;
- (instancetype)initWithUTF8String:(const char *)nullTerminatedCString;
@property(readonly) NSUInteger length;
@property(readonly) const char *UTF8String;
@property(readonly) int intValue;
@property(readonly) NSInteger integerValue;
@property(readonly) long long longLongValue;
@property(readonly) double doubleValue;
@property(readonly) float floatValue;
@property(readonly) BOOL boolValue;
@property(readonly, copy) NSString *lowercaseString;
@property(readonly, copy) NSString *uppercaseString;
@property(readonly, copy) NSString *lastPathComponent;
@property(readonly, copy) NSString *pathExtension;
@property(readonly, copy) NSString *stringByDeletingLastPathComponent;
@property(readonly, copy) NSString *stringByRemovingPercentEncoding;
- (const char *)cStringUsingEncoding:(NSStringEncoding)encoding;
- (BOOL)isEqualToString:(NSString *)aString;
- (BOOL)hasPrefix:(NSString *)str;
- (BOOL)hasSuffix:(NSString *)str;
- (BOOL)containsString:(NSString *)str;
- (NSRange)rangeOfString:(NSString *)searchString;
- (NSRange)rangeOfString:(NSString *)searchString options:(NSStringCompareOptions)mask;
- (NSComparisonResult)compare:(NSString *)string;
- (NSComparisonResult)compare:(NSString *)string options:(NSStringCompareOptions)mask;
- (NSComparisonResult)caseInsensitiveCompare:(NSString *)string;
- (NSComparisonResult)localizedStandardCompare:(NSString *)string;
- (NSString *)stringByAppendingString:(NSString *)aString;
- (NSString *)stringByAppendingFormat:(NSString *)format, ... NS_FORMAT_FUNCTION(1, 2);
- (NSString *)stringByAppendingPathComponent:(NSString *)str;
- (NSString *)stringByAppendingPathExtension:(NSString *)str;
- (NSString *)stringByReplacingOccurrencesOfString:(NSString *)target withString:(NSString *)replacement;
- (NSString *)stringByTrimmingCharactersInSet:(NSCharacterSet *)set;
- (NSString *)stringByAddingPercentEncodingWithAllowedCharacters:(NSCharacterSet *)allowedCharacters;
- (NSString *)substringFromIndex:(NSUInteger)from;
- (NSString *)substringToIndex:(NSUInteger)to;
- (NSString *)substringWithRange:(NSRange)range;
- (NSArray<NSString *> *)componentsSeparatedByString:(NSString *)separator;
- (NSData *)dataUsingEncoding:(NSStringEncoding)encoding;
- (NSUInteger)lengthOfBytesUsingEncoding:(NSStringEncoding)enc;
@end
@interface NSMutableString : NSString
+ (instancetype)stringWithCapacity:(NSUInteger)capacity;
- (void)appendString:(NSString *)aString;
- (void)appendFormat:(NSString *)format, ... NS_FORMAT_FUNCTION(1, 2);
- (void)setString:(NSString *)aString;
- (void)deleteCharactersInRange:(NSRange)range;
- (void)insertString:(NSString *)aString atIndex:(NSUInteger)loc;
@end
@interface NSCharacterSet : NSObject <NSCopying>
@property(class, readonly, copy) NSCharacterSet *URLQueryAllowedCharacterSet;
@property(class, readonly, copy) NSCharacterSet *whitespaceAndNewlineCharacterSet;
+ (NSCharacterSet *)characterSetWithCharactersInString:(NSString *)aString;
@end

@interface NSValue : NSObject <NSCopying, NSSecureCoding>
@end
@interface NSNumber : NSValue
+ (NSNumber *)numberWithChar:(char)value;
+ (NSNumber *)numberWithUnsignedChar:(unsigned char)value;
+ (NSNumber *)numberWithShort:(short)value;
+ (NSNumber *)numberWithUnsignedShort:(unsigned short)value;
+ (NSNumber *)numberWithInt:(int)value;
+ (NSNumber *)numberWithUnsignedInt:(unsigned int)value;
+ (NSNumber *)numberWithLong:(long)value;
+ (NSNumber *)numberWithUnsignedLong:(unsigned long)value;
+ (NSNumber *)numberWithLongLong:(long long)value;
+ (NSNumber *)numberWithUnsignedLongLong:(unsigned long long)value;
+ (NSNumber *)numberWithFloat:(float)value;
+ (NSNumber *)numberWithDouble:(double)value;
+ (NSNumber *)numberWithBool:(BOOL)value;
+ (NSNumber *)numberWithInteger:(NSInteger)value;
+ (NSNumber *)numberWithUnsignedInteger:(NSUInteger)value;
@property(readonly) char charValue;
@property(readonly) int intValue;
@property(readonly) unsigned int unsignedIntValue;
@property(readonly) long longValue;
@property(readonly) unsigned long unsignedLongValue;
@property(readonly) long long longLongValue;
@property(readonly) unsigned long long unsignedLongLongValue;
@property(readonly) float floatValue;
@property(readonly) double doubleValue;
@property(readonly) BOOL boolValue;
@property(readonly) NSInteger integerValue;
@property(readonly) NSUInteger unsignedIntegerValue;
@property(readonly, copy) NSString *stringValue;
- (BOOL)isEqualToNumber:(NSNumber *)number;
- (NSComparisonResult)compare:(NSNumber *)otherNumber;
@end
@interface NSNull : NSObject <NSCopying, NSSecureCoding>
+ (NSNull *)null;
@end

@interface NSEnumerator<ObjectType> : NSObject <NSFastEnumeration>
- (ObjectType)nextObject;
@end
@interface NSArray<ObjectType> : NSObject <NSCopying, NSMutableCopying, NSSecureCoding, NSFastEnumeration>
+ (instancetype)array;
+ (instancetype)arrayWithObject:(ObjectType)anObject;
+ (instancetype)arrayWithObjects:(const ObjectType _Nonnull[])objects count:(NSUInteger)cnt;
+ (instancetype)arrayWithObjects:(ObjectType)firstObj, ...;
+ (instancetype)arrayWithArray:(NSArray<ObjectType> *)array;
- (instancetype)initWithArray:(NSArray<ObjectType> *)array;
@property(readonly) NSUInteger count;
@property(readonly) ObjectType firstObject;
@property(readonly) ObjectType lastObject;
- (ObjectType)objectAtIndex:(NSUInteger)index;
- (ObjectType)objectAtIndexedSubscript:(NSUInteger)idx;
- (BOOL)containsObject:(ObjectType)anObject;
- (NSUInteger)indexOfObject:(ObjectType)anObject;
- (NSUInteger)indexOfObject:(ObjectType)obj inSortedRange:(NSRange)r options:(NSBinarySearchingOptions)opts usingComparator:(NSComparator)cmp;
- (NSArray<ObjectType> *)arrayByAddingObject:(ObjectType)anObject;
- (NSArray<ObjectType> *)arrayByAddingObjectsFromArray:(NSArray<ObjectType> *)otherArray;
- (NSArray<ObjectType> *)subarrayWithRange:(NSRange)range;
- (NSArray<ObjectType> *)sortedArrayUsingSelector:(SEL)comparator;
- (NSArray<ObjectType> *)sortedArrayUsingComparator:(NSComparator)cmptr;
- (NSArray<ObjectType> *)filteredArrayUsingPredicate:(id)predicate;
- (NSString *)componentsJoinedByString:(NSString *)separator;
- (NSEnumerator<ObjectType> *)objectEnumerator;
- (void)enumerateObjectsUsingBlock:(void (^)(ObjectType obj, NSUInteger idx, BOOL *stop))block;
- (void)makeObjectsPerformSelector:(SEL)aSelector;
@end
@interface NSMutableArray<ObjectType> : NSArray<ObjectType>
+ (instancetype)arrayWithCapacity:(NSUInteger)numItems;
- (instancetype)initWithCapacity:(NSUInteger)numItems;
- (void)addObject:(ObjectType)anObject;
- (void)addObjectsFromArray:(NSArray<ObjectType> *)otherArray;
- (void)insertObject:(ObjectType)anObject atIndex:(NSUInteger)index;
- (void)removeObject:(ObjectType)anObject;
- (void)removeObjectAtIndex:(NSUInteger)index;
- (void)removeLastObject;
- (void)removeAllObjects;
- (void)removeObjectsInRange:(NSRange)range;
- (void)removeObjectsInArray:(NSArray<ObjectType> *)otherArray;
- (void)replaceObjectAtIndex:(NSUInteger)index withObject:(ObjectType)anObject;
- (void)setObject:(ObjectType)obj atIndexedSubscript:(NSUInteger)idx;
- (void)sortUsingComparator:(NSComparator)cmptr;
@end
@interface NSSet<ObjectType> : NSObject <NSCopying, NSMutableCopying, NSSecureCoding, NSFastEnumeration>
+ (instancetype)set;
+ (instancetype)setWithArray:(NSArray<ObjectType> *)array;
+ (instancetype)setWithObjects:(ObjectType)firstObj, ...;
@property(readonly) NSUInteger count;
@property(readonly, copy) NSArray<ObjectType> *allObjects;
- (BOOL)containsObject:(ObjectType)anObject;
- (ObjectType)anyObject;
@end
@interface NSMutableSet<ObjectType> : NSSet<ObjectType>
- (void)addObject:(ObjectType)object;
- (void)removeObject:(ObjectType)object;
- (void)removeAllObjects;
@end
@interface NSDictionary<KeyType, ObjectType> (ConsentlintMockFoundation) <NSCopying, NSMutableCopying, NSSecureCoding, NSFastEnumeration>
+ (instancetype)dictionary;
+ (instancetype)dictionaryWithObject:(ObjectType)object forKey:(KeyType)key;
+ (instancetype)dictionaryWithDictionary:(NSDictionary<KeyType, ObjectType> *)dict;
+ (instancetype)dictionaryWithObjectsAndKeys:(id)firstObject, ...;
+ (instancetype)dictionaryWithContentsOfFile:(NSString *)path;
- (instancetype)initWithDictionary:(NSDictionary<KeyType, ObjectType> *)otherDictionary;
- (instancetype)initWithDictionary:(NSDictionary<KeyType, ObjectType> *)otherDictionary copyItems:(BOOL)flag;
@property(readonly) NSUInteger count;
@property(readonly, copy) NSArray<KeyType> *allKeys;
@property(readonly, copy) NSArray<ObjectType> *allValues;
- (ObjectType)objectForKey:(KeyType)aKey;
- (ObjectType)objectForKeyedSubscript:(KeyType)key;
- (NSArray<KeyType> *)allKeysForObject:(ObjectType)anObject;
- (NSEnumerator<KeyType> *)keyEnumerator;
- (void)enumerateKeysAndObjectsUsingBlock:(void (^)(KeyType key, ObjectType obj, BOOL *stop))block;
- (BOOL)isEqualToDictionary:(NSDictionary<KeyType, ObjectType> *)otherDictionary;
@end
@interface NSMutableDictionary<KeyType, ObjectType> : NSDictionary<KeyType, ObjectType>
+ (instancetype)dictionaryWithCapacity:(NSUInteger)numItems;
- (instancetype)initWithCapacity:(NSUInteger)numItems;
- (void)setObject:(ObjectType)anObject forKey:(KeyType)aKey;
- (void)setObject:(ObjectType)obj forKeyedSubscript:(KeyType)key;
- (void)setValue:(ObjectType)value forKey:(NSString *)key;
- (void)removeObjectForKey:(KeyType)aKey;
- (void)removeObjectsForKeys:(NSArray<KeyType> *)keyArray;
- (void)removeAllObjects;
- (void)addEntriesFromDictionary:(NSDictionary<KeyType, ObjectType> *)otherDictionary;
- (void)setDictionary:(NSDictionary<KeyType, ObjectType> *)otherDictionary;
@end

@interface NSData : NSObject <NSCopying, NSMutableCopying, NSSecureCoding>
+ (instancetype)data;
+ (instancetype)dataWithBytes:(const void *)bytes length:(NSUInteger)length;
+ (instancetype)dataWithContentsOfFile:(NSString *)path;
+ (instancetype)dataWithContentsOfURL:(NSURL *)url;
- (instancetype)initWithBytes:(const void *)bytes length:(NSUInteger)length;
- (instancetype)initWithBase64EncodedString:(NSString *)base64String options:(NSUInteger)options;
@property(readonly) NSUInteger length;
@property(readonly) const void *bytes;
- (NSString *)base64EncodedStringWithOptions:(NSUInteger)options;
- (BOOL)writeToFile:(NSString *)path atomically:(BOOL)useAuxiliaryFile;
- (BOOL)writeToFile:(NSString *)path options:(NSUInteger)writeOptionsMask error:(NSError **)errorPtr;
@end
@interface NSMutableData : NSData
+ (instancetype)dataWithCapacity:(NSUInteger)aNumItems;
+ (instancetype)dataWithLength:(NSUInteger)length;
- (void)appendData:(NSData *)other;
- (void)appendBytes:(const void *)bytes length:(NSUInteger)length;
@property(readonly) void *mutableBytes;
@property NSUInteger length;
@end

@interface NSDate : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)date;
+ (instancetype)dateWithTimeIntervalSince1970:(NSTimeInterval)secs;
+ (instancetype)dateWithTimeIntervalSinceNow:(NSTimeInterval)secs;
+ (instancetype)distantPast;
+ (instancetype)distantFuture;
- (instancetype)initWithTimeIntervalSince1970:(NSTimeInterval)secs;
@property(readonly) NSTimeInterval timeIntervalSince1970;
@property(readonly) NSTimeInterval timeIntervalSinceNow;
- (NSTimeInterval)timeIntervalSinceDate:(NSDate *)anotherDate;
- (NSDate *)dateByAddingTimeInterval:(NSTimeInterval)ti;
- (NSComparisonResult)compare:(NSDate *)other;
- (NSDate *)earlierDate:(NSDate *)anotherDate;
- (NSDate *)laterDate:(NSDate *)anotherDate;
@end
@interface NSFormatter : NSObject <NSCopying, NSCoding>
@end
@interface NSDateFormatter : NSFormatter
@property(copy) NSString *dateFormat;
@property(copy) NSLocale *locale;
@property(copy) NSTimeZone *timeZone;
- (NSString *)stringFromDate:(NSDate *)date;
- (NSDate *)dateFromString:(NSString *)string;
@end
@interface NSTimeZone : NSObject <NSCopying, NSSecureCoding>
@property(class, readonly, copy) NSTimeZone *localTimeZone;
@property(class, readonly, copy) NSTimeZone *systemTimeZone;
@property(class, copy) NSTimeZone *defaultTimeZone;
+ (instancetype)timeZoneWithName:(NSString *)tzName;
+ (instancetype)timeZoneForSecondsFromGMT:(NSInteger)seconds;
@property(readonly, copy) NSString *name;
@property(readonly) NSInteger secondsFromGMT;
- (NSInteger)secondsFromGMTForDate:(NSDate *)aDate;
@end
@interface NSLocale : NSObject <NSCopying, NSSecureCoding>
@property(class, readonly, copy) NSLocale *currentLocale;
@property(class, readonly, copy) NSLocale *autoupdatingCurrentLocale;
@property(class, readonly, copy) NSArray<NSString *> *preferredLanguages;
+ (instancetype)localeWithLocaleIdentifier:(NSString *)ident;
- (instancetype)initWithLocaleIdentifier:(NSString *)string;
- (id)objectForKey:(NSLocaleKey)key;
@property(readonly, copy) NSString *localeIdentifier;
@property(readonly, copy) NSString *languageCode;
@property(readonly, copy) NSString *countryCode;
@end
extern NSLocaleKey const NSLocaleIdentifier;
extern NSLocaleKey const NSLocaleLanguageCode;
extern NSLocaleKey const NSLocaleCountryCode;
extern NSLocaleKey const NSLocaleScriptCode;

@interface NSError (ConsentlintMockFoundation) <NSCopying, NSSecureCoding>
+ (instancetype)errorWithDomain:(NSErrorDomain)domain code:(NSInteger)code userInfo:(NSDictionary<NSErrorUserInfoKey, id> *)dict;
- (instancetype)initWithDomain:(NSErrorDomain)domain code:(NSInteger)code userInfo:(NSDictionary<NSErrorUserInfoKey, id> *)dict;
@property(readonly, copy) NSErrorDomain domain;
@property(readonly) NSInteger code;
@property(readonly, copy) NSDictionary<NSErrorUserInfoKey, id> *userInfo;
@property(readonly, copy) NSString *localizedDescription;
@end
extern NSErrorUserInfoKey const NSLocalizedDescriptionKey;
extern NSErrorUserInfoKey const NSUnderlyingErrorKey;
@interface NSException : NSObject <NSCopying, NSSecureCoding>
+ (NSException *)exceptionWithName:(NSExceptionName)name reason:(NSString *)reason userInfo:(NSDictionary *)userInfo;
+ (void)raise:(NSExceptionName)name format:(NSString *)format, ...;
@property(readonly, copy) NSExceptionName name;
@property(readonly, copy) NSString *reason;
@property(readonly, copy) NSDictionary *userInfo;
@property(readonly, copy) NSArray<NSNumber *> *callStackReturnAddresses;
@property(readonly, copy) NSArray<NSString *> *callStackSymbols;
- (void)raise;
@end
extern NSExceptionName const NSInvalidArgumentException;
extern NSExceptionName const NSInternalInconsistencyException;
typedef void NSUncaughtExceptionHandler(NSException *exception);
NSUncaughtExceptionHandler *NSGetUncaughtExceptionHandler(void);
void NSSetUncaughtExceptionHandler(NSUncaughtExceptionHandler *handler);

@interface NSUUID (ConsentlintMockFoundation) <NSCopying, NSSecureCoding>
+ (instancetype)UUID;
- (instancetype)initWithUUIDString:(NSString *)string;
@end

@interface NSURL : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)URLWithString:(NSString *)URLString;
+ (instancetype)URLWithString:(NSString *)URLString relativeToURL:(NSURL *)baseURL;
+ (instancetype)fileURLWithPath:(NSString *)path;
- (instancetype)initWithString:(NSString *)URLString;
@property(readonly, copy) NSString *absoluteString;
@property(readonly, copy) NSString *scheme;
@property(readonly, copy) NSString *host;
@property(readonly, copy) NSString *path;
@property(readonly, copy) NSString *query;
@property(readonly, copy) NSString *lastPathComponent;
@property(readonly, copy) NSString *pathExtension;
@property(readonly, getter=isFileURL) BOOL fileURL;
- (NSURL *)URLByAppendingPathComponent:(NSString *)pathComponent;
- (NSURL *)URLByAppendingPathExtension:(NSString *)pathExtension;
@end
@interface NSURLQueryItem : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)queryItemWithName:(NSString *)name value:(NSString *)value;
@property(readonly) NSString *name;
@property(readonly) NSString *value;
@end
@interface NSURLComponents : NSObject <NSCopying>
+ (instancetype)componentsWithURL:(NSURL *)url resolvingAgainstBaseURL:(BOOL)resolve;
+ (instancetype)componentsWithString:(NSString *)URLString;
@property(copy) NSURL *URL;
@property(copy) NSString *scheme;
@property(copy) NSString *host;
@property(copy) NSString *path;
@property(copy) NSString *query;
@property(copy) NSArray<NSURLQueryItem *> *queryItems;
@end

typedef NS_ENUM(NSUInteger, NSURLRequestCachePolicy) {
  NSURLRequestUseProtocolCachePolicy = 0, NSURLRequestReloadIgnoringLocalCacheData = 1,
  NSURLRequestReturnCacheDataElseLoad = 2, NSURLRequestReturnCacheDataDontLoad = 3
};
@interface NSURLRequest : NSObject <NSSecureCoding, NSCopying, NSMutableCopying>
+ (instancetype)requestWithURL:(NSURL *)URL;
+ (instancetype)requestWithURL:(NSURL *)URL cachePolicy:(NSURLRequestCachePolicy)cachePolicy timeoutInterval:(NSTimeInterval)timeoutInterval;
- (instancetype)initWithURL:(NSURL *)URL;
@property(readonly, copy) NSURL *URL;
@property(readonly, copy) NSString *HTTPMethod;
@property(readonly, copy) NSDictionary<NSString *, NSString *> *allHTTPHeaderFields;
@property(readonly, copy) NSData *HTTPBody;
@property(readonly) NSTimeInterval timeoutInterval;
- (NSString *)valueForHTTPHeaderField:(NSString *)field;
@end
@interface NSMutableURLRequest : NSURLRequest
@property(copy) NSURL *URL;
@property(copy) NSString *HTTPMethod;
@property(copy) NSDictionary<NSString *, NSString *> *allHTTPHeaderFields;
@property(copy) NSData *HTTPBody;
@property NSURLRequestCachePolicy cachePolicy;
@property NSTimeInterval timeoutInterval;
@property BOOL HTTPShouldHandleCookies;
- (void)setValue:(NSString *)value forHTTPHeaderField:(NSString *)field;
- (void)addValue:(NSString *)value forHTTPHeaderField:(NSString *)field;
@end
@interface NSURLResponse : NSObject <NSSecureCoding, NSCopying>
@property(readonly, copy) NSURL *URL;
@property(readonly, copy) NSString *MIMEType;
@end
@interface NSHTTPURLResponse : NSURLResponse
@property(readonly) NSInteger statusCode;
@property(readonly, copy) NSDictionary *allHeaderFields;
- (NSString *)valueForHTTPHeaderField:(NSString *)field;
@end
@interface NSURLSessionConfiguration : NSObject <NSCopying>
@property(class, readonly, strong) NSURLSessionConfiguration *defaultSessionConfiguration;
@property(class, readonly, strong) NSURLSessionConfiguration *ephemeralSessionConfiguration;
+ (NSURLSessionConfiguration *)backgroundSessionConfigurationWithIdentifier:(NSString *)identifier;
@property NSTimeInterval timeoutIntervalForRequest;
@property NSTimeInterval timeoutIntervalForResource;
@property(copy) NSDictionary *HTTPAdditionalHeaders;
@property NSURLRequestCachePolicy requestCachePolicy;
@property BOOL HTTPShouldSetCookies;
@property BOOL allowsCellularAccess;
@property NSInteger HTTPMaximumConnectionsPerHost;
@property(strong) id URLCache;
@end
@interface NSURLSessionTask : NSObject <NSCopying>
@property(readonly) NSUInteger taskIdentifier;
@property(readonly, copy) NSURLRequest *originalRequest;
@property(readonly, copy) NSURLRequest *currentRequest;
@property(readonly, copy) NSURLResponse *response;
@property(readonly, copy) NSError *error;
- (void)resume;
- (void)suspend;
- (void)cancel;
@end
@interface NSURLSessionDataTask : NSURLSessionTask
@end
@interface NSURLSessionUploadTask : NSURLSessionDataTask
@end
@interface NSURLSessionDownloadTask : NSURLSessionTask
@end
@interface NSOperationQueue : NSObject
@property(class, readonly, strong) NSOperationQueue *mainQueue;
@property(class, readonly, strong) NSOperationQueue *currentQueue;
@property NSInteger maxConcurrentOperationCount;
@property(copy) NSString *name;
- (void)addOperationWithBlock:(void (^)(void))block;
- (void)cancelAllOperations;
@end
@protocol NSURLSessionDelegate <NSObject>
@end
@protocol NSURLSessionTaskDelegate <NSURLSessionDelegate>
@end
@protocol NSURLSessionDataDelegate <NSURLSessionTaskDelegate>
@end
@interface NSURLSession : NSObject
@property(class, readonly, strong) NSURLSession *sharedSession;
+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration;
+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration
                                  delegate:(id<NSURLSessionDelegate>)delegate
                             delegateQueue:(NSOperationQueue *)queue;
@property(readonly, copy) NSURLSessionConfiguration *configuration;
- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request;
- (NSURLSessionDataTask *)dataTaskWithURL:(NSURL *)url;
- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request
                            completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
- (NSURLSessionDataTask *)dataTaskWithURL:(NSURL *)url
                        completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request fromData:(NSData *)bodyData;
- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request
                                         fromData:(NSData *)bodyData
                                completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
- (NSURLSessionUploadTask *)uploadTaskWithRequest:(NSURLRequest *)request fromFile:(NSURL *)fileURL;
- (void)finishTasksAndInvalidate;
- (void)invalidateAndCancel;
@end
@interface NSURLConnection : NSObject
+ (NSData *)sendSynchronousRequest:(NSURLRequest *)request returningResponse:(NSURLResponse **)response error:(NSError **)error;
@end

@interface NSJSONSerialization : NSObject
+ (BOOL)isValidJSONObject:(id)obj;
+ (NSData *)dataWithJSONObject:(id)obj options:(NSJSONWritingOptions)opt error:(NSError **)error;
+ (id)JSONObjectWithData:(NSData *)data options:(NSJSONReadingOptions)opt error:(NSError **)error;
@end
@interface NSCoder : NSObject
- (void)encodeObject:(id)object forKey:(NSString *)key;
- (void)encodeBool:(BOOL)value forKey:(NSString *)key;
- (void)encodeInteger:(NSInteger)value forKey:(NSString *)key;
- (void)encodeDouble:(double)value forKey:(NSString *)key;
- (id)decodeObjectForKey:(NSString *)key;
- (id)decodeObjectOfClass:(Class)aClass forKey:(NSString *)key;
- (id)decodeObjectOfClasses:(NSSet<Class> *)classes forKey:(NSString *)key;
- (BOOL)decodeBoolForKey:(NSString *)key;
- (NSInteger)decodeIntegerForKey:(NSString *)key;
- (double)decodeDoubleForKey:(NSString *)key;
- (BOOL)containsValueForKey:(NSString *)key;
@end
@interface NSKeyedArchiver : NSCoder
+ (NSData *)archivedDataWithRootObject:(id)object requiringSecureCoding:(BOOL)requiresSecureCoding error:(NSError **)error;
+ (NSData *)archivedDataWithRootObject:(id)rootObject;
+ (BOOL)archiveRootObject:(id)rootObject toFile:(NSString *)path;
@end
@interface NSKeyedUnarchiver : NSCoder
+ (id)unarchivedObjectOfClass:(Class)cls fromData:(NSData *)data error:(NSError **)error;
+ (id)unarchivedObjectOfClasses:(NSSet<Class> *)classes fromData:(NSData *)data error:(NSError **)error;
+ (id)unarchiveObjectWithData:(NSData *)data;
+ (id)unarchiveObjectWithFile:(NSString *)path;
@end

@interface NSMethodSignature : NSObject
@property(readonly) NSUInteger numberOfArguments;
@property(readonly) const char *methodReturnType;
@end
@interface NSInvocation : NSObject
+ (NSInvocation *)invocationWithMethodSignature:(NSMethodSignature *)sig;
@property SEL selector;
@property(assign) id target;
- (void)setArgument:(void *)argumentLocation atIndex:(NSInteger)idx;
- (void)getArgument:(void *)argumentLocation atIndex:(NSInteger)idx;
- (void)getReturnValue:(void *)retLoc;
- (void)invoke;
- (void)invokeWithTarget:(id)target;
- (void)retainArguments;
@end

@interface NSNotification : NSObject <NSCopying, NSCoding>
@property(readonly, copy) NSNotificationName name;
@property(readonly, retain) id object;
@property(readonly, copy) NSDictionary *userInfo;
@end
@interface NSNotificationCenter : NSObject
@property(class, readonly, strong) NSNotificationCenter *defaultCenter;
- (void)addObserver:(id)observer selector:(SEL)aSelector name:(NSNotificationName)aName object:(id)anObject;
- (id<NSObject>)addObserverForName:(NSNotificationName)name object:(id)obj queue:(NSOperationQueue *)queue usingBlock:(void (^)(NSNotification *note))block;
- (void)postNotificationName:(NSNotificationName)aName object:(id)anObject;
- (void)postNotificationName:(NSNotificationName)aName object:(id)anObject userInfo:(NSDictionary *)aUserInfo;
- (void)removeObserver:(id)observer;
- (void)removeObserver:(id)observer name:(NSNotificationName)aName object:(id)anObject;
@end
@interface NSTimer : NSObject
+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(id)userInfo repeats:(BOOL)yesOrNo;
+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (^)(NSTimer *timer))block;
+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(id)userInfo repeats:(BOOL)yesOrNo;
@property(readonly, getter=isValid) BOOL valid;
- (void)invalidate;
- (void)fire;
@end
@interface NSRunLoop : NSObject
@property(class, readonly, strong) NSRunLoop *mainRunLoop;
@property(class, readonly, strong) NSRunLoop *currentRunLoop;
- (void)addTimer:(NSTimer *)timer forMode:(NSRunLoopMode)mode;
@end
extern NSRunLoopMode const NSDefaultRunLoopMode;
extern NSRunLoopMode const NSRunLoopCommonModes;
@interface NSThread : NSObject
@property(class, readonly) BOOL isMainThread;
@property(class, readonly, strong) NSThread *currentThread;
@property(class, readonly, copy) NSArray<NSString *> *callStackSymbols;
+ (void)sleepForTimeInterval:(NSTimeInterval)ti;
@property(readonly) BOOL isMainThread;
@end
@interface NSLock : NSObject
- (void)lock;
- (void)unlock;
@end
@interface NSRecursiveLock : NSLock
@end

typedef struct {
  NSInteger majorVersion;
  NSInteger minorVersion;
  NSInteger patchVersion;
} NSOperatingSystemVersion;
@interface NSProcessInfo : NSObject
@property(class, readonly, strong) NSProcessInfo *processInfo;
@property(readonly, copy) NSDictionary<NSString *, NSString *> *environment;
@property(readonly, copy) NSArray<NSString *> *arguments;
@property(readonly, copy) NSString *processName;
@property(readonly) int processIdentifier;
@property(readonly, copy) NSString *hostName;
@property(readonly, copy) NSString *operatingSystemVersionString;
@property(readonly) NSOperatingSystemVersion operatingSystemVersion;
@property(readonly) unsigned long long physicalMemory;
@property(readonly) NSUInteger processorCount;
@property(readonly) NSTimeInterval systemUptime;
@property(readonly, getter=isLowPowerModeEnabled) BOOL lowPowerModeEnabled;
- (BOOL)isOperatingSystemAtLeastVersion:(NSOperatingSystemVersion)version;
@end

@interface NSBundle : NSObject
@property(class, readonly, strong) NSBundle *mainBundle;
+ (instancetype)bundleForClass:(Class)aClass;
+ (instancetype)bundleWithIdentifier:(NSString *)identifier;
+ (instancetype)bundleWithPath:(NSString *)path;
@property(readonly, copy) NSString *bundleIdentifier;
@property(readonly, copy) NSString *bundlePath;
@property(readonly, copy) NSString *resourcePath;
@property(readonly, copy) NSURL *bundleURL;
@property(readonly, copy) NSURL *appStoreReceiptURL;
@property(readonly, copy) NSString *executablePath;
@property(readonly, copy) NSDictionary<NSString *, id> *infoDictionary;
@property(readonly, copy) NSDictionary<NSString *, id> *localizedInfoDictionary;
@property(readonly, copy) NSArray<NSString *> *preferredLocalizations;
- (id)objectForInfoDictionaryKey:(NSString *)key;
- (NSString *)pathForResource:(NSString *)name ofType:(NSString *)ext;
- (NSURL *)URLForResource:(NSString *)name withExtension:(NSString *)ext;
- (NSString *)localizedStringForKey:(NSString *)key value:(NSString *)value table:(NSString *)tableName;
@end
#define NSLocalizedString(key, comment) [NSBundle.mainBundle localizedStringForKey:(key) value:@"" table:nil]

@interface NSFileManager : NSObject
@property(class, readonly, strong) NSFileManager *defaultManager;
- (BOOL)fileExistsAtPath:(NSString *)path;
- (BOOL)fileExistsAtPath:(NSString *)path isDirectory:(BOOL *)isDirectory;
- (BOOL)createDirectoryAtPath:(NSString *)path withIntermediateDirectories:(BOOL)createIntermediates attributes:(NSDictionary<NSFileAttributeKey, id> *)attributes error:(NSError **)error;
- (BOOL)createDirectoryAtURL:(NSURL *)url withIntermediateDirectories:(BOOL)createIntermediates attributes:(NSDictionary<NSFileAttributeKey, id> *)attributes error:(NSError **)error;
- (BOOL)createFileAtPath:(NSString *)path contents:(NSData *)data attributes:(NSDictionary<NSFileAttributeKey, id> *)attr;
- (BOOL)removeItemAtPath:(NSString *)path error:(NSError **)error;
- (BOOL)removeItemAtURL:(NSURL *)URL error:(NSError **)error;
- (BOOL)moveItemAtPath:(NSString *)srcPath toPath:(NSString *)dstPath error:(NSError **)error;
- (BOOL)copyItemAtPath:(NSString *)srcPath toPath:(NSString *)dstPath error:(NSError **)error;
- (NSArray<NSString *> *)contentsOfDirectoryAtPath:(NSString *)path error:(NSError **)error;
- (NSArray<NSURL *> *)URLsForDirectory:(NSSearchPathDirectory)directory inDomains:(NSSearchPathDomainMask)domainMask;
- (NSDictionary<NSFileAttributeKey, id> *)attributesOfItemAtPath:(NSString *)path error:(NSError **)error;
- (NSDictionary<NSFileAttributeKey, id> *)attributesOfFileSystemForPath:(NSString *)path error:(NSError **)error;
- (NSData *)contentsAtPath:(NSString *)path;
- (NSURL *)containerURLForSecurityApplicationGroupIdentifier:(NSString *)groupIdentifier;
@end
extern NSFileAttributeKey const NSFileCreationDate;
extern NSFileAttributeKey const NSFileModificationDate;
extern NSFileAttributeKey const NSFileSize;
extern NSFileAttributeKey const NSFileSystemSize;
extern NSFileAttributeKey const NSFileSystemFreeSize;
extern NSFileAttributeKey const NSFileProtectionKey;

@interface NSUserDefaults (ConsentlintMockFoundation)
- (instancetype)initWithSuiteName:(NSString *)suitename;
- (id)objectForKey:(NSString *)defaultName;
- (void)setObject:(id)value forKey:(NSString *)defaultName;
- (void)removeObjectForKey:(NSString *)defaultName;
- (NSArray *)arrayForKey:(NSString *)defaultName;
- (NSDictionary<NSString *, id> *)dictionaryForKey:(NSString *)defaultName;
- (NSData *)dataForKey:(NSString *)defaultName;
- (double)doubleForKey:(NSString *)defaultName;
- (float)floatForKey:(NSString *)defaultName;
- (NSURL *)URLForKey:(NSString *)defaultName;
- (void)setInteger:(NSInteger)value forKey:(NSString *)defaultName;
- (void)setBool:(BOOL)value forKey:(NSString *)defaultName;
- (void)setDouble:(double)value forKey:(NSString *)defaultName;
- (void)setFloat:(float)value forKey:(NSString *)defaultName;
- (void)setURL:(NSURL *)url forKey:(NSString *)defaultName;
- (void)registerDefaults:(NSDictionary<NSString *, id> *)registrationDictionary;
- (NSDictionary<NSString *, id> *)dictionaryRepresentation;
- (BOOL)synchronize;
@end

extern NSString *const NSUserActivityTypeBrowsingWeb;
@interface NSUserActivity : NSObject
- (instancetype)initWithActivityType:(NSString *)activityType;
@property(readonly, copy) NSString *activityType;
@property(copy) NSURL *webpageURL;
@property(copy) NSString *title;
@property(copy) NSDictionary *userInfo;
@end

void NSLog(NSString *format, ...) NS_FORMAT_FUNCTION(1, 2);
Class NSClassFromString(NSString *aClassName);
NSString *NSStringFromClass(Class aClass);
SEL NSSelectorFromString(NSString *aSelectorName);
NSString *NSStringFromSelector(SEL aSelector);
Protocol *NSProtocolFromString(NSString *namestr);
NSString *NSHomeDirectory(void);
NSString *NSTemporaryDirectory(void);
NSArray<NSString *> *NSSearchPathForDirectoriesInDomains(NSSearchPathDirectory directory, NSSearchPathDomainMask domainMask, BOOL expandTilde);
// A failed assertion raises through the current NSAssertionHandler (and
// is compiled out with NS_BLOCK_ASSERTIONS, as in release builds).
@interface NSAssertionHandler : NSObject
+ (NSAssertionHandler *)currentHandler;
- (void)handleFailureInFunction:(NSString *)functionName file:(NSString *)fileName lineNumber:(NSInteger)line description:(NSString *)format, ...;
@end
#define NSAssert(condition, desc, ...) do { if (!(condition)) { [[NSAssertionHandler currentHandler] handleFailureInFunction:@"" file:@"" lineNumber:__LINE__ description:(desc), ##__VA_ARGS__]; } } while (0)
#define NSParameterAssert(condition) do { (void)(condition); } while (0)
#define NSCAssert NSAssert

// More of the same (second pass over the corpus sources).
#include <stdarg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <mach/machine.h>
#ifndef MIN
#define MIN(A, B) ((A) < (B) ? (A) : (B))
#endif
#ifndef MAX
#define MAX(A, B) ((A) > (B) ? (A) : (B))
#endif
#ifndef ABS
#define ABS(A) ((A) < 0 ? -(A) : (A))
#endif
typedef unsigned char UInt8;
typedef signed char SInt8;
typedef unsigned short UInt16;
typedef signed short SInt16;
typedef unsigned int UInt32;
typedef signed int SInt32;
typedef unsigned long long UInt64;
typedef signed long long SInt64;
typedef unsigned char Boolean;
@interface NSString (ConsentlintMockFoundationVarargs)
- (instancetype)initWithFormat:(NSString *)format arguments:(va_list)argList NS_FORMAT_FUNCTION(1, 0);
+ (instancetype)stringWithCharacters:(const unichar *)characters length:(NSUInteger)length;
- (NSString *)stringByPaddingToLength:(NSUInteger)newLength withString:(NSString *)padString startingAtIndex:(NSUInteger)padIndex;
- (NSArray<NSString *> *)componentsSeparatedByCharactersInSet:(NSCharacterSet *)separator;
@end
@interface NSIndexSet : NSObject <NSCopying, NSMutableCopying, NSSecureCoding>
+ (instancetype)indexSetWithIndex:(NSUInteger)value;
@property(readonly) NSUInteger count;
@end
@interface NSPredicate : NSObject <NSSecureCoding, NSCopying>
+ (NSPredicate *)predicateWithFormat:(NSString *)predicateFormat, ...;
+ (NSPredicate *)predicateWithBlock:(BOOL (^)(id evaluatedObject, NSDictionary<NSString *, id> *bindings))block;
- (BOOL)evaluateWithObject:(id)object;
@end
typedef NS_OPTIONS(NSUInteger, NSRegularExpressionOptions) {
  NSRegularExpressionCaseInsensitive = 1 << 0, NSRegularExpressionAnchorsMatchLines = 1 << 4
};
typedef NS_OPTIONS(NSUInteger, NSMatchingOptions) { NSMatchingReportProgress = 1 << 0, NSMatchingAnchored = 1 << 2 };
@interface NSTextCheckingResult : NSObject <NSCopying, NSSecureCoding>
@property(readonly) NSRange range;
@property(readonly) NSUInteger numberOfRanges;
- (NSRange)rangeAtIndex:(NSUInteger)idx;
@end
@interface NSRegularExpression : NSObject <NSCopying, NSSecureCoding>
+ (instancetype)regularExpressionWithPattern:(NSString *)pattern options:(NSRegularExpressionOptions)options error:(NSError **)error;
- (instancetype)initWithPattern:(NSString *)pattern options:(NSRegularExpressionOptions)options error:(NSError **)error;
- (NSArray<NSTextCheckingResult *> *)matchesInString:(NSString *)string options:(NSMatchingOptions)options range:(NSRange)range;
- (NSTextCheckingResult *)firstMatchInString:(NSString *)string options:(NSMatchingOptions)options range:(NSRange)range;
- (NSUInteger)numberOfMatchesInString:(NSString *)string options:(NSMatchingOptions)options range:(NSRange)range;
- (NSString *)stringByReplacingMatchesInString:(NSString *)string options:(NSMatchingOptions)options range:(NSRange)range withTemplate:(NSString *)templ;
@end
typedef NS_OPTIONS(NSUInteger, NSPointerFunctionsOptions) {
  NSPointerFunctionsStrongMemory = 0, NSPointerFunctionsWeakMemory = (5UL << 0), NSPointerFunctionsObjectPersonality = (0UL << 8)
};
typedef NS_OPTIONS(NSUInteger, NSHashTableOptions) { NSHashTableStrongMemory = 0, NSHashTableWeakMemory = 5 };
@interface NSHashTable<ObjectType> : NSObject <NSCopying, NSSecureCoding, NSFastEnumeration>
+ (NSHashTable<ObjectType> *)weakObjectsHashTable;
+ (NSHashTable<ObjectType> *)hashTableWithOptions:(NSPointerFunctionsOptions)options;
- (instancetype)initWithOptions:(NSPointerFunctionsOptions)options capacity:(NSUInteger)initialCapacity;
@property(readonly) NSUInteger count;
@property(readonly, copy) NSArray<ObjectType> *allObjects;
- (void)addObject:(ObjectType)object;
- (void)removeObject:(ObjectType)object;
- (BOOL)containsObject:(ObjectType)anObject;
- (void)removeAllObjects;
@end
@interface NSMapTable<KeyType, ObjectType> : NSObject <NSCopying, NSSecureCoding, NSFastEnumeration>
+ (NSMapTable<KeyType, ObjectType> *)strongToWeakObjectsMapTable;
+ (NSMapTable<KeyType, ObjectType> *)weakToStrongObjectsMapTable;
+ (NSMapTable<KeyType, ObjectType> *)strongToStrongObjectsMapTable;
- (ObjectType)objectForKey:(KeyType)aKey;
- (void)setObject:(ObjectType)anObject forKey:(KeyType)aKey;
- (void)removeObjectForKey:(KeyType)aKey;
@property(readonly) NSUInteger count;
@end
uint32_t arc4random(void);
uint32_t arc4random_uniform(uint32_t upper_bound);
@interface NSURLComponents (ConsentlintMockFoundation)
@property(copy) NSString *percentEncodedQuery;
@property(copy) NSArray<NSURLQueryItem *> *percentEncodedQueryItems;
@end
@interface NSArray<ObjectType> (ConsentlintMockFoundation2)
- (NSUInteger)indexOfObjectIdenticalTo:(ObjectType)anObject;
- (NSDictionary<NSString *, id> *)dictionaryWithValuesForKeys:(NSArray<NSString *> *)keys;
@end
@interface NSObject (ConsentlintMockFoundation2)
- (NSDictionary<NSString *, id> *)dictionaryWithValuesForKeys:(NSArray<NSString *> *)keys;
@end
@interface NSNumberFormatter : NSFormatter
@property(copy) NSLocale *locale;
@property NSUInteger numberStyle;
@property NSUInteger maximumFractionDigits;
@property NSUInteger minimumFractionDigits;
@property(copy) NSString *decimalSeparator;
- (NSString *)stringFromNumber:(NSNumber *)number;
- (NSNumber *)numberFromString:(NSString *)string;
@end
typedef NS_OPTIONS(NSUInteger, NSPropertyListMutabilityOptions) { NSPropertyListImmutable = 0, NSPropertyListMutableContainers = 1 };
typedef NS_ENUM(NSUInteger, NSPropertyListFormat) { NSPropertyListOpenStepFormat = 1, NSPropertyListXMLFormat_v1_0 = 100, NSPropertyListBinaryFormat_v1_0 = 200 };
@interface NSPropertyListSerialization : NSObject
+ (NSData *)dataWithPropertyList:(id)plist format:(NSPropertyListFormat)format options:(NSUInteger)opt error:(NSError **)error;
+ (id)propertyListWithData:(NSData *)data options:(NSPropertyListMutabilityOptions)opt format:(NSPropertyListFormat *)format error:(NSError **)error;
@end
typedef NS_OPTIONS(NSUInteger, NSCalendarUnit) {
  NSCalendarUnitYear = (1UL << 2), NSCalendarUnitMonth = (1UL << 3), NSCalendarUnitDay = (1UL << 4),
  NSCalendarUnitHour = (1UL << 5), NSCalendarUnitMinute = (1UL << 6), NSCalendarUnitSecond = (1UL << 7),
  NSCalendarUnitWeekday = (1UL << 9), NSCalendarUnitNanosecond = (1UL << 15)
};
typedef NSString *NSCalendarIdentifier;
extern NSCalendarIdentifier const NSCalendarIdentifierGregorian;
@interface NSDateComponents : NSObject <NSCopying, NSSecureCoding>
@property NSInteger year, month, day, hour, minute, second, nanosecond, weekday;
@end
@interface NSCalendar : NSObject <NSCopying, NSSecureCoding>
@property(class, readonly, copy) NSCalendar *currentCalendar;
+ (NSCalendar *)calendarWithIdentifier:(NSCalendarIdentifier)calendarIdentifierConstant;
- (instancetype)initWithCalendarIdentifier:(NSCalendarIdentifier)ident;
@property(copy) NSTimeZone *timeZone;
- (NSDateComponents *)components:(NSCalendarUnit)unitFlags fromDate:(NSDate *)date;
- (NSInteger)component:(NSCalendarUnit)unit fromDate:(NSDate *)date;
- (NSDate *)dateFromComponents:(NSDateComponents *)comps;
@end
@interface NSRegularExpression (ConsentlintMockFoundation)
- (NSUInteger)replaceMatchesInString:(NSMutableString *)string options:(NSMatchingOptions)options range:(NSRange)range withTemplate:(NSString *)templ;
@end
#define NSCParameterAssert(condition) do { (void)(condition); } while (0)
#define NSAssert1(condition, desc, a1) NSAssert((condition), (desc), (a1))
#define NSAssert2(condition, desc, a1, a2) NSAssert((condition), (desc), (a1), (a2))
#define NSCAssert1(condition, desc, a1) NSAssert((condition), (desc), (a1))
#define NSCAssert2(condition, desc, a1, a2) NSAssert((condition), (desc), (a1), (a2))
typedef struct { int _exponent; unsigned int _length; unsigned short _mantissa[8]; } NSDecimal;
@interface NSDecimalNumber : NSNumber
+ (NSDecimalNumber *)decimalNumberWithString:(NSString *)numberValue;
+ (NSDecimalNumber *)decimalNumberWithDecimal:(NSDecimal)dcm;
@property(class, readonly, copy) NSDecimalNumber *zero;
@property(class, readonly, copy) NSDecimalNumber *notANumber;
- (NSDecimalNumber *)decimalNumberByAdding:(NSDecimalNumber *)decimalNumber;
- (NSDecimalNumber *)decimalNumberByMultiplyingBy:(NSDecimalNumber *)decimalNumber;
@end
#ifndef __unused
#define __unused __attribute__((unused))
#endif
#ifndef RTLD_SELF
#define RTLD_SELF ((void *)-3)
#endif
typedef long dispatch_queue_priority_t;
void dispatch_queue_set_specific(dispatch_queue_t queue, const void *key, void *context, void (*destructor)(void *));
void *dispatch_get_specific(const void *key);
void *dispatch_queue_get_specific(dispatch_queue_t queue, const void *key);
typedef NSString *NSURLResourceKey;
extern NSURLResourceKey const NSURLIsExcludedFromBackupKey;
extern NSURLResourceKey const NSURLCreationDateKey;
@interface NSURL (ConsentlintMockFoundation)
- (BOOL)setResourceValue:(id)value forKey:(NSURLResourceKey)key error:(NSError **)error;
- (BOOL)getResourceValue:(id *)value forKey:(NSURLResourceKey)key error:(NSError **)error;
@property(readonly) const char *fileSystemRepresentation;
@end
@interface NSString (ConsentlintMockFoundation3)
@property(readonly) const char *fileSystemRepresentation;
@end
typedef NS_OPTIONS(NSUInteger, NSDataReadingOptions) { NSDataReadingMappedIfSafe = 1UL << 0, NSDataReadingUncached = 1UL << 1 };
typedef NS_OPTIONS(NSUInteger, NSDataWritingOptions) { NSDataWritingAtomic = 1UL << 0, NSDataWritingWithoutOverwriting = 1UL << 1 };
@interface NSData (ConsentlintMockFoundation)
+ (instancetype)dataWithContentsOfFile:(NSString *)path options:(NSDataReadingOptions)readOptionsMask error:(NSError **)errorPtr;
- (BOOL)writeToURL:(NSURL *)url options:(NSDataWritingOptions)writeOptionsMask error:(NSError **)errorPtr;
@end
typedef NS_ENUM(NSInteger, NSDecodingFailurePolicy) { NSDecodingFailurePolicyRaiseException, NSDecodingFailurePolicySetErrorAndReturn };
extern NSString *const NSKeyedArchiveRootObjectKey;
@interface NSKeyedUnarchiver (ConsentlintMockFoundation)
- (instancetype)initForReadingFromData:(NSData *)data error:(NSError **)error;
@property NSDecodingFailurePolicy decodingFailurePolicy;
@property BOOL requiresSecureCoding;
- (void)finishDecoding;
@end
@interface NSKeyedArchiver (ConsentlintMockFoundation)
- (instancetype)initRequiringSecureCoding:(BOOL)requiresSecureCoding;
@property(readonly, strong) NSData *encodedData;
- (void)finishEncoding;
@end
@interface NSNumberFormatter (ConsentlintMockFoundation)
@property(copy) NSString *positiveFormat;
@property(copy) NSString *negativeFormat;
@end
@interface NSDateFormatter (ConsentlintMockFoundation)
@property(copy) NSCalendar *calendar;
@end
typedef char uuid_string_t[37];
@interface NSUUID (ConsentlintMockFoundation2)
- (instancetype)initWithUUIDBytes:(const unsigned char *)bytes;
- (void)getUUIDBytes:(unsigned char *)uuid;
@end
typedef NS_ENUM(NSInteger, NSProcessInfoThermalState) {
  NSProcessInfoThermalStateNominal, NSProcessInfoThermalStateFair, NSProcessInfoThermalStateSerious, NSProcessInfoThermalStateCritical
};
@interface NSProcessInfo (ConsentlintMockFoundation)
@property(readonly) NSProcessInfoThermalState thermalState;
@end
extern NSNotificationName const NSProcessInfoThermalStateDidChangeNotification;
typedef unsigned long dispatch_source_memorypressure_flags_t;
#define DISPATCH_MEMORYPRESSURE_NORMAL 0x01
#define DISPATCH_MEMORYPRESSURE_WARN 0x02
#define DISPATCH_MEMORYPRESSURE_CRITICAL 0x04
#ifndef _CLMOCK_IMP_DEFINED
#define _CLMOCK_IMP_DEFINED
typedef id (*IMP)(id, SEL, ...);
#endif
@interface NSObject (ConsentlintMockFoundation3)
- (IMP)methodForSelector:(SEL)aSelector;
+ (IMP)methodForSelector:(SEL)aSelector;
+ (IMP)instanceMethodForSelector:(SEL)aSelector;
@end
typedef NS_ENUM(NSInteger, NSQualityOfService) {
  NSQualityOfServiceUserInteractive = 0x21, NSQualityOfServiceUserInitiated = 0x19, NSQualityOfServiceUtility = 0x11,
  NSQualityOfServiceBackground = 0x09, NSQualityOfServiceDefault = -1
};
@interface NSOperationQueue (ConsentlintMockFoundation)
@property NSQualityOfService qualityOfService;
@property(getter=isSuspended) BOOL suspended;
@end
@interface NSURLSession (ConsentlintMockFoundation)
@property(copy) NSString *sessionDescription;
@property(readonly, retain) NSOperationQueue *delegateQueue;
@property(readonly, retain) id delegate;
@end
#ifndef __deprecated
#define __deprecated __attribute__((deprecated))
#endif
#ifndef __deprecated_msg
#define __deprecated_msg(_msg) __attribute__((deprecated(_msg)))
#endif
