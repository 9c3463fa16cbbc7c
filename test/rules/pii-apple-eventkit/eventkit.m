// RUN: %check_consentlint %s consent-personal-data --experimental
#import <EventKit/EventKit.h>

void ungated(EKEventStore *store) {
  [store eventsMatchingPredicate:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[EKEventStore eventsMatchingPredicate:]' reads the user's calendar events or reminders without a consent check for calendar [consent-personal-data]
}

void gated(EKEventStore *store) {
  if ([EKEventStore authorizationStatusForEntityType:EKEntityTypeEvent] == EKAuthorizationStatusFullAccess)
    [store eventsMatchingPredicate:nil];
  [store requestFullAccessToEventsWithCompletion:^(BOOL granted, NSError *error) {
    if (granted)
      [store eventsMatchingPredicate:nil];
  }];
}
