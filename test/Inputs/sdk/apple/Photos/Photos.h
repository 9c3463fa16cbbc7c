// Mock of the Photos framework (PHPhotoLibrary, PHAsset).
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef long PHAuthorizationStatus;
enum {
  PHAuthorizationStatusNotDetermined = 0,
  PHAuthorizationStatusRestricted,
  PHAuthorizationStatusDenied,
  PHAuthorizationStatusAuthorized,
  PHAuthorizationStatusLimited
};
typedef long PHAccessLevel;
enum { PHAccessLevelAddOnly = 1, PHAccessLevelReadWrite = 2 };
@interface PHFetchOptions : NSObject
@end
@interface PHFetchResult : NSObject
@end
@interface PHPhotoLibrary : NSObject
+ (PHAuthorizationStatus)authorizationStatusForAccessLevel:(PHAccessLevel)accessLevel;
+ (void)requestAuthorizationForAccessLevel:(PHAccessLevel)accessLevel handler:(void (^)(PHAuthorizationStatus status))handler;
@end
@interface PHAsset : NSObject
+ (PHFetchResult *)fetchAssetsWithOptions:(PHFetchOptions *)options;
@end
