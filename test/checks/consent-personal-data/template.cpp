// RUN: %check_consentlint %s consent-personal-data --experimental --config-file=%inputs/config/acme.consentlint.yaml
#include <acme/consent.h>
#include <httplib.h>

template <typename Req> std::string clientIp(const Req &r) {
  return r.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
}

struct FakeRequest {
  std::string remote_addr;
};

std::string both(const httplib::Request &a, const FakeRequest &b) {
  return clientIp(a) + clientIp(b);
}

std::string gated(const httplib::Request &a) {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    return a.remote_addr;
  return "";
}
