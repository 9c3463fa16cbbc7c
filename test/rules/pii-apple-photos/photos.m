// RUN: %check_consentlint %s consent-personal-data --experimental
#import <Photos/Photos.h>

void ungated(void) {
  [PHAsset fetchAssetsWithOptions:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[PHAsset fetchAssetsWithOptions:]' reads the user's photo library without a consent check for photos [consent-personal-data]
}

void gated(void) {
  if ([PHPhotoLibrary authorizationStatusForAccessLevel:PHAccessLevelReadWrite] == PHAuthorizationStatusLimited)
    [PHAsset fetchAssetsWithOptions:nil];
  [PHPhotoLibrary requestAuthorizationForAccessLevel:PHAccessLevelReadWrite handler:^(PHAuthorizationStatus status) {
    if (status == PHAuthorizationStatusAuthorized)
      [PHAsset fetchAssetsWithOptions:nil];
  }];
}
