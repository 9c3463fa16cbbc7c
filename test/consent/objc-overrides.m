// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml
// A message to a base class's method reaches the subclasses' overrides.
#import <FirebaseAnalytics/FirebaseAnalytics.h>
#import <acme/consent.h>

@interface Reporter : NSObject
- (void)report;
@end
@implementation Reporter
- (void)report {
}
@end

@interface FirebaseReporter : Reporter
@end
@implementation FirebaseReporter
- (void)report {
  [FIRAnalytics logEventWithName:@"gated_by_callers" parameters:nil];
}
@end

@interface Uploader : NSObject
- (void)upload;
@end
@implementation Uploader
- (void)upload {
}
@end

@interface FirebaseUploader : Uploader
@end
@implementation FirebaseUploader
- (void)upload {
  [FIRAnalytics logEventWithName:@"ungated" parameters:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '+[FIRAnalytics logEventWithName:parameters:]' {{.*}} [consent-analytics-sdk]
}
@end

@interface Screen : NSObject
@property(nonatomic, strong) Reporter *reporter;
@property(nonatomic, strong) Uploader *uploader;
@end
@implementation Screen
- (void)viewDidLoad {
  if ([ACMEConsent analyticsAllowed])
    [self.reporter report];
  [self.uploader upload];
}
@end
