// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <FirebaseCrashlytics/FirebaseCrashlytics.h>

void ungated(void) {
  [[FIRCrashlytics crashlytics] setCrashlyticsCollectionEnabled:YES];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[FIRCrashlytics setCrashlyticsCollectionEnabled:]' turns Crashlytics crash reporting on without a consent check for analytics [consent-analytics-sdk]
  [[FIRCrashlytics crashlytics] setUserID:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[FIRCrashlytics setUserID:]' attaches a user id, log line or custom value to crash reports without a consent check for analytics [consent-analytics-sdk]
}

void gated(void) {
  // Passing the decision through is the compliant pattern.
  [[FIRCrashlytics crashlytics] setCrashlyticsCollectionEnabled:ACMEConsent.analyticsAllowed];
  if (ACMEConsent.analyticsAllowed)
    [[FIRCrashlytics crashlytics] log:@"checkout started"];
}

// Not findings: turning collection off, deleting reports.
void configuration(void) {
  [[FIRCrashlytics crashlytics] setCrashlyticsCollectionEnabled:NO];
  [[FIRCrashlytics crashlytics] deleteUnsentReports];
}
