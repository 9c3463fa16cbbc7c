// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
#include <windows.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(PIP_ADAPTER_ADDRESSES addrs, PIP_ADAPTER_INFO info) {
  ULONG size = 0;
  GetAdaptersAddresses(0, 0, nullptr, addrs, &size);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'GetAdaptersAddresses' reads network adapters, including their MAC addresses without a consent check for tracking [consent-personal-data]
  GetAdaptersInfo(info, &size);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'GetAdaptersInfo' {{.*}} [consent-personal-data]
  char name[256];
  DWORD len = sizeof name;
  GetUserName(name, &len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'GetUserNameA' reads the logon user name without a consent check for analytics [consent-personal-data]
}

void gated(PIP_ADAPTER_ADDRESSES addrs) {
  ULONG size = 0;
  if (acme::consent::granted(Purpose::Ads))
    GetAdaptersAddresses(0, 0, nullptr, addrs, &size);
}

// Look-alike: the computer name is not in the pack.
void lookAlike() {
  char name[256];
  DWORD len = sizeof name;
  GetComputerNameA(name, &len);
}
