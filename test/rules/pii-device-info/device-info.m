// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
// Device details are notes for the inventory; a version check collects
// nothing.
#import <Foundation/Foundation.h>
#import <UIKit/UIKit.h>
#import <CoreTelephony/CoreTelephony.h>
#import <acme/consent.h>

NSMutableDictionary *payload;

void collect(void) {
  payload[@"os"] = UIDevice.currentDevice.systemVersion;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: message '-[UIDevice systemVersion]' reads device information (operating system, model or hardware) without a consent check for analytics [consent-personal-data]
  CTTelephonyNetworkInfo *info = [[CTTelephonyNetworkInfo alloc] init];
  payload[@"carrier"] = [info subscriberCellularProvider].carrierName;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: note: message '-[CTTelephonyNetworkInfo subscriberCellularProvider]' reads the mobile carrier (name and country) without a consent check for analytics [consent-personal-data]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: message '-[CTCarrier carrierName]' reads the mobile carrier (name and country) without a consent check for analytics [consent-personal-data]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed)
    payload[@"model"] = UIDevice.currentDevice.model;
}

BOOL modern(void) { return UIDevice.currentDevice.systemVersion.floatValue >= 14; }

#define OS_VERSION UIDevice.currentDevice.systemVersion
void macro(void) {
  payload[@"v"] = OS_VERSION;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: message '-[UIDevice systemVersion]' reads device information (operating system, model or hardware) without a consent check for analytics [consent-personal-data]
}
