// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <acme/consent.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>

static BOOL tracking(void) {
  return ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized;
}
#import <BranchSDK/Branch.h>

void ungated(NSDictionary *launchOptions) {
  [[Branch getInstance] initSessionWithLaunchOptions:launchOptions andRegisterDeepLinkHandler:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Branch initSessionWithLaunchOptions:andRegisterDeepLinkHandler:]' starts a Branch attribution session without {{.*}} [consent-analytics-sdk]
  [[Branch getInstance] setIdentity:@"u1"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[Branch setIdentity:]' sends a user identity to Branch without {{.*}} [consent-analytics-sdk]
}

void gated(NSDictionary *launchOptions) {
  if (ACMEConsent.analyticsAllowed && tracking())
    [[Branch getInstance] initSessionWithLaunchOptions:launchOptions andRegisterDeepLinkHandler:nil];
}

// Not findings: disabling tracking, logging.
void configuration(void) {
  [Branch setTrackingDisabled:YES];
  [[Branch getInstance] enableLogging];
}
