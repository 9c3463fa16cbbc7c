// RUN: %check_consentlint %s consent-personal-data --experimental
#import <AVFoundation/AVFoundation.h>

void ungated(AVCaptureDevice *camera, AVAudioRecorder *recorder) {
  [AVCaptureDeviceInput deviceInputWithDevice:camera error:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[AVCaptureDeviceInput deviceInputWithDevice:error:]' opens the camera or microphone without a consent check for camera-microphone [consent-personal-data]
  [recorder record];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[AVAudioRecorder record]' opens the camera or microphone {{.*}} [consent-personal-data]
}

void gated(AVCaptureDevice *camera, AVAudioRecorder *recorder) {
  if ([AVCaptureDevice authorizationStatusForMediaType:AVMediaTypeVideo] == AVAuthorizationStatusAuthorized)
    [AVCaptureDeviceInput deviceInputWithDevice:camera error:nil];
  [AVCaptureDevice requestAccessForMediaType:AVMediaTypeAudio completionHandler:^(BOOL granted) {
    if (granted)
      [recorder record];
  }];
  [recorder stop];
}
