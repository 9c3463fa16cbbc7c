#import "DeviceInfo.h"

void start(void) {
  // A class property and a class message of another unit, logged here.
  NSLog(@"running %@ %@", DeviceInfo.osName, [DeviceInfo osVersion]);
  // Only compared: no flow.
  if ([[DeviceInfo osVersion] isEqualToString:@"17.0"])
    return;
}
