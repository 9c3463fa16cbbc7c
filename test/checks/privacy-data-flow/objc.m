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
@property(nonatomic) NSMutableArray *history;
@property(nonatomic) NSMutableArray *names;
@end

@interface DeviceRecord : NSObject
@property(nonatomic, copy) NSString *osVersion;
@property(nonatomic, copy) NSString *appName;
@end

@implementation Tracker
- (void)logs {
  NSUUID *idfa = ASIdentifierManager.sharedManager.advertisingIdentifier;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) and writes it to a log (call to 'NSLog', line [[@LINE+2]]) [privacy-data-flow]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: the personal data reaches a log (call to 'NSLog') here
  NSLog(@"idfa %@", idfa);
  NSString *line = [NSString stringWithFormat:@"id=%@", idfa.UUIDString];
  os_log(OS_LOG_DEFAULT, "%{public}@", line);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the personal data reaches a log (call to '_os_log_impl') here
  // Redacted by the system: objects by default, and what is marked private.
  os_log(OS_LOG_DEFAULT, "%@", line);
  os_log_error(OS_LOG_DEFAULT, "%{private}@ %{public}d", line, 42);
}

- (void)stores {
  NSString *idfa = ASIdentifierManager.sharedManager.advertisingIdentifier.UUIDString;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) and stores it (message '-[NSUserDefaults setObject:forKey:]', line [[@LINE+2]]) without a consent check for tracking [privacy-data-flow]
  self.lastId = idfa;
  [NSUserDefaults.standardUserDefaults setObject:self.lastId forKey:@"id"];
  if (ATTrackingManager.trackingAuthorizationStatus == ATTrackingManagerAuthorizationStatusAuthorized)
    [NSUserDefaults.standardUserDefaults setObject:idfa forKey:@"id"];
  // A generated installation id kept on the device is a practice too.
  [NSUserDefaults.standardUserDefaults setObject:[NSUUID UUID].UUIDString forKey:@"install"];
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: message '+[NSUUID UUID]' generates a random identifier and stores it (message '-[NSUserDefaults setObject:forKey:]', line [[@LINE-1]]) without a consent check for analytics [privacy-data-flow]
  // A random key that is only logged identifies no installation.
  NSLog(@"request %@", [NSUUID UUID].UUIDString);
  // A look-alike: a constant is no identifier.
  [NSUserDefaults.standardUserDefaults setObject:@"v2" forKey:@"schema"];
}
// A property set through its setter makes the object hold the value; the
// object is stored whole.
- (void)storesARecord:(NSString *)name {
  DeviceRecord *record = [DeviceRecord new];
  record.osVersion = ASIdentifierManager.sharedManager.advertisingIdentifier.UUIDString;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) and stores it (message '-[NSUserDefaults setObject:forKey:]', line [[@LINE+4]]) without a consent check for tracking [privacy-data-flow]
  DeviceRecord *other = [DeviceRecord new];
  other.appName = name;
  [NSUserDefaults.standardUserDefaults setObject:other forKey:@"other"];
  [NSUserDefaults.standardUserDefaults setObject:record forKey:@"record"];
}
// A value added to a collection held by a property is the property's; a
// message to self does not make self hold it.
- (void)keepsHistory:(NSString *)name {
  [self.history addObject:ASIdentifierManager.sharedManager.advertisingIdentifier];
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) and stores it (message '-[NSUserDefaults setObject:forKey:]', line [[@LINE+3]]) without a consent check for tracking [privacy-data-flow]
  [self.names addObject:name];
  [self setLastId:@"none"];
  [NSUserDefaults.standardUserDefaults setObject:self.history forKey:@"history"];
  [NSUserDefaults.standardUserDefaults setObject:self.names forKey:@"names"];
}
// Data, strings and collections write themselves: the receiver is the
// data; the path is not.
- (void)writesAFile:(NSURL *)url {
  NSData *blob = [ASIdentifierManager.sharedManager.advertisingIdentifier.UUIDString dataUsingEncoding:NSUTF8StringEncoding];
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: message '-[ASIdentifierManager advertisingIdentifier]' reads the advertising identifier (IDFA) and stores it (message '-[NSData writeToURL:options:error:]', line [[@LINE+2]]) without a consent check for tracking [privacy-data-flow]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: the personal data reaches storage (message '-[NSData writeToURL:options:error:]') here
  [blob writeToURL:url options:0 error:NULL];
  NSData *other = [@"settings" dataUsingEncoding:NSUTF8StringEncoding];
  [other writeToURL:url options:0 error:NULL];
}
@end
