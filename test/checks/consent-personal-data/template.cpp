// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
// A read in a template is reported once, for the instantiation that reads
// the real API; one that reads a look-alike is not.
#include <acme/consent.h>
#include <unistd.h>

namespace fake {
long gethostid();
}

struct Real {
  static long id() { return ::gethostid(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: call to 'gethostid' {{.*}} [consent-personal-data]
};
struct LookAlike {
  static long id() { return fake::gethostid(); }
};

template <typename Source> long machine() { return Source::id(); }

long both() { return machine<Real>() + machine<LookAlike>(); }

template <typename T> long direct(T) { return gethostid(); }
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: call to 'gethostid' {{.*}} [consent-personal-data]
long use() { return direct(1) + direct('c'); }

// Instantiated only behind consent for tracking (Purpose::Ads).
template <typename T> long onlyGated(T) { return gethostid(); }
long gated() {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    return onlyGated(2.0);
  return 0;
}
