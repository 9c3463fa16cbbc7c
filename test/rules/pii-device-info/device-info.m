// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
// RUN: %check_consentlint %s privacy-data-flow -check-suffix=FLOW --config-file=%inputs/config/acme.consentlint.yaml
// The OS version, the model and the carrier are sources: reading them is no
// finding (the first run), their flow into stored data is (the second); a
// version check collects nothing.
#import <Foundation/Foundation.h>
#import <UIKit/UIKit.h>
#import <CoreTelephony/CoreTelephony.h>
#import <acme/consent.h>

NSMutableDictionary *payload;

void collect(void) {
  payload[@"os"] = UIDevice.currentDevice.systemVersion;
  // CHECK-MESSAGES-FLOW: :[[@LINE-1]]:20: warning: message '-[UIDevice systemVersion]' reads device information (operating system, model or hardware) and stores it (message '-[NSUserDefaults setObject:forKey:]', line [[@LINE+4]]) without a consent check for analytics [privacy-data-flow]
  CTTelephonyNetworkInfo *info = [[CTTelephonyNetworkInfo alloc] init];
  payload[@"carrier"] = [info subscriberCellularProvider].carrierName;
  // CHECK-MESSAGES-FLOW: :[[@LINE-1]]:25: warning: message '-[CTCarrier carrierName]' reads the mobile carrier (name and country) and stores it {{.*}} [privacy-data-flow]
  [NSUserDefaults.standardUserDefaults setObject:payload forKey:@"payload"];
}

// Read only behind consent: its flow is consented.
void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    payload[@"model"] = UIDevice.currentDevice.model;
}

BOOL modern(void) { return UIDevice.currentDevice.systemVersion.floatValue >= 14; }

#define OS_VERSION UIDevice.currentDevice.systemVersion
void macro(void) {
  payload[@"v"] = OS_VERSION;
  // CHECK-MESSAGES-FLOW: :[[@LINE-1]]:19: warning: message '-[UIDevice systemVersion]' reads device information {{.*}} and stores it {{.*}} [privacy-data-flow]
}
