// RUN: %check_consentlint %s consent-personal-data --experimental
#import <HealthKit/HealthKit.h>

void ungated(HKHealthStore *store, HKQuery *query) {
  [store executeQuery:query];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[HKHealthStore executeQuery:]' reads health data without a consent check for health [consent-personal-data]
}

void gated(HKHealthStore *store, HKObjectType *type, HKQuery *query) {
  if ([store authorizationStatusForType:type] == HKAuthorizationStatusSharingAuthorized)
    [store executeQuery:query];
  [store stopQuery:query];
}
