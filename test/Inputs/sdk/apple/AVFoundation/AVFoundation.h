// Mock of AVFoundation's capture and recording classes.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
typedef NSString *AVMediaType;
extern AVMediaType const AVMediaTypeVideo;
extern AVMediaType const AVMediaTypeAudio;
typedef long AVAuthorizationStatus;
enum {
  AVAuthorizationStatusNotDetermined = 0,
  AVAuthorizationStatusRestricted,
  AVAuthorizationStatusDenied,
  AVAuthorizationStatusAuthorized
};
@interface AVCaptureDevice : NSObject
+ (AVAuthorizationStatus)authorizationStatusForMediaType:(AVMediaType)mediaType;
+ (void)requestAccessForMediaType:(AVMediaType)mediaType completionHandler:(void (^)(BOOL granted))handler;
+ (AVCaptureDevice *)defaultDeviceWithMediaType:(AVMediaType)mediaType;
@end
@interface AVCaptureDeviceInput : NSObject
+ (instancetype)deviceInputWithDevice:(AVCaptureDevice *)device error:(NSError **)outError;
@end
@interface AVAudioRecorder : NSObject
- (BOOL)record;
- (void)stop;
@end
