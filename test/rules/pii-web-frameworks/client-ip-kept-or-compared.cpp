// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/acme.consentlint.yaml
// On by default: a client address that is kept (logged, stored, sent) is
// reported where it is read; one only compared with an allow-list, or kept
// behind consent, is not.
#include <httplib.h>
#include <acme/consent.h>
#include <cstdio>
#include <string>

FILE *visitors;

void log(const httplib::Request &req) {
  std::printf("visit from %s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'printf', line [[@LINE-1]]) [privacy-data-flow]
  std::fputs(req.remote_addr.c_str(), visitors);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: read of 'httplib::Request::remote_addr' reads the client IP address and stores it (call to 'fputs', line [[@LINE-1]]) without a consent check for analytics [privacy-data-flow]
}

bool allowed(const httplib::Request &req) {
  return req.remote_addr == "127.0.0.1" || req.remote_addr.empty();
}

void gated(const httplib::Request &req) {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    std::fputs(req.remote_addr.c_str(), visitors);
}

template <typename R> std::string keep(const R &req) { return req.remote_addr; }
// CHECK-MESSAGES: :[[@LINE-1]]:63: warning: read of 'httplib::Request::remote_addr' reads the client IP address and stores it (call to 'fputs', line [[@LINE+1]]) without a consent check for analytics [privacy-data-flow]
void use(const httplib::Request &r) { std::fputs(keep(r).c_str(), visitors); }
