// RUN: %check_consentlint %s consent-personal-data --experimental
#import <Contacts/Contacts.h>
#import <AddressBook/AddressBook.h>

void ungated(CNContactStore *store, ABAddressBookRef book) {
  [store unifiedContactsMatchingPredicate:nil keysToFetch:nil error:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: message '-[CNContactStore unifiedContactsMatchingPredicate:keysToFetch:error:]' reads the user's contacts without a consent check for contacts [consent-personal-data]
  ABAddressBookCopyArrayOfAllPeople(book);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'ABAddressBookCopyArrayOfAllPeople' reads the user's address book without a consent check for contacts [consent-personal-data]
}

void statusGate(CNContactStore *store, ABAddressBookRef book) {
  if ([CNContactStore authorizationStatusForEntityType:CNEntityTypeContacts] == CNAuthorizationStatusAuthorized)
    [store unifiedContactsMatchingPredicate:nil keysToFetch:nil error:nil];
  if (ABAddressBookGetAuthorizationStatus() == kABAuthorizationStatusAuthorized)
    ABAddressBookCopyArrayOfAllPeople(book);
}

void requestCallback(CNContactStore *store) {
  [store requestAccessForEntityType:CNEntityTypeContacts completionHandler:^(BOOL granted, NSError *error) {
    if (granted)
      [store unifiedContactsMatchingPredicate:nil keysToFetch:nil error:nil];
  }];
}

void deniedIsNotAGate(CNContactStore *store) {
  if ([CNContactStore authorizationStatusForEntityType:CNEntityTypeContacts] != CNAuthorizationStatusDenied)
    [store unifiedContactsMatchingPredicate:nil keysToFetch:nil error:nil];
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: message {{.*}} reads the user's contacts without a consent check for contacts [consent-personal-data]
}
