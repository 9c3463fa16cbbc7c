// RUN: %check_consentlint %s consent-analytics-sdk
// IAB TCF keys, OneTrust, Didomi, Usercentrics and Sourcepoint as gates.
#import <Foundation/Foundation.h>
#import <Didomi/Didomi.h>
#import <Mixpanel/Mixpanel.h>
#import <OTPublishersHeadlessSDK/OTPublishersHeadlessSDK.h>
#import <Usercentrics/Usercentrics.h>
#import <ConsentViewController/ConsentViewController.h>

void tcfNotApplicable(void) {
  if ([NSUserDefaults.standardUserDefaults integerForKey:@"IABTCF_gdprApplies"] == 0)
    [[Mixpanel sharedInstance] track:@"opened"];
}

void tcfOtherKey(void) {
  if ([NSUserDefaults.standardUserDefaults integerForKey:@"IABTCF_CmpSdkID"] == 0)
    [[Mixpanel sharedInstance] track:@"opened"];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[Mixpanel track:]' {{.*}} [consent-analytics-sdk]
}

void oneTrust(void) {
  if ([OTPublishersHeadlessSDK.shared getConsentStatusForCategory:@"C0002"] == 1)
    [[Mixpanel sharedInstance] track:@"opened"];
}

void oneTrustWrongCategory(void) {
  if ([OTPublishersHeadlessSDK.shared getConsentStatusForCategory:@"C0004"] == 1)
    [[Mixpanel sharedInstance] track:@"opened"];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[Mixpanel track:]' {{.*}} [consent-analytics-sdk]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: this consent check covers {{.*}}
}

void oneTrustNotGiven(void) {
  if ([OTPublishersHeadlessSDK.shared getConsentStatusForCategory:@"C0002"] == 0)
    [[Mixpanel sharedInstance] track:@"opened"];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message '-[Mixpanel track:]' {{.*}} [consent-analytics-sdk]
}

void didomi(void) {
  if ([[Didomi shared] getUserConsentStatusForPurpose:@"analytics"])
    [[Mixpanel sharedInstance] track:@"opened"];
}

void usercentrics(UsercentricsServiceConsent *c) {
  if (c.status)
    [[Mixpanel sharedInstance] track:@"opened"];
}

void sourcepoint(SPGDPRVendorGrant *g) {
  if (g.granted)
    [[Mixpanel sharedInstance] track:@"opened"];
}
