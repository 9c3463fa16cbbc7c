// RUN: %check_consentlint %s consent-personal-data --experimental --config-file=%inputs/config/acme.consentlint.yaml
#import <Foundation/Foundation.h>
#import <UIKit/UIKit.h>
#import <acme/consent.h>

void ungated(void) {
  NSUUID *idfv = UIDevice.currentDevice.identifierForVendor;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: message '-[UIDevice identifierForVendor]' reads the identifier for vendor (IDFV) without a consent check for analytics [consent-personal-data]
}

void gated(void) {
  if (ACMEConsent.analyticsAllowed) {
    NSUUID *idfv = [[UIDevice currentDevice] identifierForVendor];
  }
}

// Look-alike: another UIDevice property.
void lookAlike(void) { NSString *v = UIDevice.currentDevice.systemVersion; }

// Only compared: an App Clip's zeroed IDFV, an OS version check. Nothing is
// collected.
BOOL isAppClip(void) {
  return [@"00000000-0000-0000-0000-000000000000"
      isEqualToString:[UIDevice.currentDevice.identifierForVendor UUIDString]];
}
BOOL hasIdfv(void) { return UIDevice.currentDevice.identifierForVendor != nil; }

// Kept: converted, then stored.
NSString *stored;
void keep(void) {
  stored = [[UIDevice currentDevice].identifierForVendor UUIDString];
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: message '-[UIDevice identifierForVendor]' reads the identifier for vendor (IDFV) without a consent check for analytics [consent-personal-data]
}
