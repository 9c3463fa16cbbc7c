// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
// On by default: a client address that is kept (logged, stored, sent) is
// reported; one only compared with an allow-list is not.
#include <httplib.h>
#include <acme/consent.h>
#include <cstdio>
#include <string>

std::string lastVisitor;

void log(const httplib::Request &req) {
  std::printf("visit from %s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
  lastVisitor = req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
}

bool allowed(const httplib::Request &req) {
  return req.remote_addr == "127.0.0.1" || req.remote_addr.empty();
}

void gated(const httplib::Request &req) {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    lastVisitor = req.remote_addr;
}

template <typename R> std::string keep(const R &req) { return req.remote_addr; }
// CHECK-MESSAGES: :[[@LINE-1]]:63: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
std::string use(const httplib::Request &r) { return keep(r); }
