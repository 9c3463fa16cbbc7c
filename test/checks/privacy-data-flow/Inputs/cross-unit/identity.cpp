#include "store.h"
#include <acme/consent.h>
#include <string>
#include <sys/utsname.h>

// Returned to another unit, which logs it.
std::string machineName() {
  struct utsname u;
  uname(&u);
  return u.machine;
}

// Passed to another unit's function, which writes it to a file.
void saveRelease() {
  struct utsname u;
  uname(&u);
  remember(u.release);
}

// Passed to another unit's function, which only compares it.
bool isArm() {
  struct utsname u;
  uname(&u);
  return matches(u.machine, "arm64");
}

// Static: no other unit calls it, so its result goes nowhere.
static std::string hidden() {
  struct utsname u;
  uname(&u);
  return u.version;
}
std::string shown() { return hidden().empty() ? "" : "x"; }

// Passed on only behind consent: gated, wherever the sink is.
void saveReleaseWithConsent() {
  struct utsname u;
  uname(&u);
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    remember(u.release);
}

// The other unit checks consent before its sink.
void offerRelease() {
  struct utsname u;
  uname(&u);
  rememberIfAllowed(u.release);
}

// Through a wrapper in another unit, to a sink in a third.
void saveNode() {
  struct utsname u;
  uname(&u);
  forward(u.nodename);
}
