// Mock of the legacy AddressBook framework (C API).
#pragma clang system_header
#pragma once
typedef void *ABAddressBookRef;
typedef const void *CFArrayRef;
typedef const void *CFDictionaryRef;
typedef void *CFErrorRef;
typedef long ABAuthorizationStatus;
enum {
  kABAuthorizationStatusNotDetermined = 0,
  kABAuthorizationStatusRestricted,
  kABAuthorizationStatusDenied,
  kABAuthorizationStatusAuthorized
};
ABAuthorizationStatus ABAddressBookGetAuthorizationStatus(void);
ABAddressBookRef ABAddressBookCreateWithOptions(CFDictionaryRef options, CFErrorRef *error);
CFArrayRef ABAddressBookCopyArrayOfAllPeople(ABAddressBookRef addressBook);
