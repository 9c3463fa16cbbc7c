// RUN: %check_consentlint %s privacy-data-flow
// Objective-C: the advertising identifier reaching NSLog, os_log (which
// redacts strings and objects unless they are marked %{public}), user
// defaults and a string built with stringWithFormat:.
#import <AdSupport/AdSupport.h>
#import <AppTrackingTransparency/AppTrackingTransparency.h>
#import <Foundation/Foundation.h>
#include <os/log.h>

@interface Tracker : NSObject
@property(nonatomic, copy) NSString *lastId;
@end

@implementation Tracker
- (void)logs {
  NSUUID *idfa = ASIdentifierManager.sharedManager.advertisingIdentifier;
  NSLog(@"idfa %@", idfa);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'NSLog' writes the advertising identifier (IDFA) (message '-[ASIdentifierManager advertisingIdentifier]', line [[@LINE-2]]) to a log [privacy-data-flow]
  NSString *line = [NSString stringWithFormat:@"id=%@", idfa.UUIDString];
  os_log(OS_LOG_DEFAULT, "%{public}@", line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to '_os_log_impl' writes the advertising identifier (IDFA) {{.*}} to a log [privacy-data-flow]
  // Redacted by the system: objects by default, and what is marked private.
  os_log(OS_LOG_DEFAULT, "%@", line);
  os_log_error(OS_LOG_DEFAULT, "%{private}@ %{public}d", line, 42);
}

- (void)stores {
  NSString *idfa = ASIdentifierManager.sharedManager.advertisingIdentifier.UUIDString;
  self.lastId = idfa;
  [NSUserDefaults.standardUserDefaults setObject:self.lastId forKey:@"id"];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[NSUserDefaults setObject:forKey:]' stores the advertising identifier (IDFA) {{.*}} without a consent check for tracking [privacy-data-flow]
  if (ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized)
    [NSUserDefaults.standardUserDefaults setObject:idfa forKey:@"id"];
  // A look-alike: a fresh random UUID is no identifier of the device.
  [NSUserDefaults.standardUserDefaults setObject:[NSUUID UUID].UUIDString forKey:@"install"];
}
@end
