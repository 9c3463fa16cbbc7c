// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// Flows through the unit's own functions (parameters, returns, writes
// through an out-parameter), macros and templates.
#include <acme/audit.h>
#include <httplib.h>
#include <cstdio>
#include <string>

// A parameter that reaches a log: reported at the caller's read.
void logLine(const std::string &s) { std::puts(s.c_str()); }
void caller(const httplib::Request &req) { logLine(req.remote_addr); }
// CHECK-MESSAGES: :[[@LINE-1]]:52: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'puts', line [[@LINE-2]]) [privacy-data-flow]
void otherCaller() { logLine("nothing personal"); }

// A return value that carries a source.
std::string clientIp(const httplib::Request &req) { return req.remote_addr; }
// CHECK-MESSAGES: :[[@LINE-1]]:60: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE+3]]) [privacy-data-flow]
void viaReturn(const httplib::Request &req) {
  std::string ip = clientIp(req);
  acme::audit("ip", ip);
}

// A function that writes what one parameter holds through another.
void describe(std::string &out, const std::string &who, int n) {
  out = who + " #" + std::to_string(n);
}
void viaOutParam(const httplib::Request &req) {
  std::string d, e;
  describe(d, req.remote_addr, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE+3]]) [privacy-data-flow]
  describe(e, "anonymous", 2);
  acme::audit("e", e);
  acme::audit("d", d);
}

// A logging macro: the finding is where the read is written, in the
// macro's argument (as clang's own diagnostics point).
#define LOG_INFO(...) std::fprintf(stderr, __VA_ARGS__)
void viaMacro(const httplib::Request &req) {
  LOG_INFO("visit from %s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'fprintf', line [[@LINE-1]]) [privacy-data-flow]
}

// A template: reported for the instantiation whose request is real.
struct FakeRequest {
  std::string remote_addr;
};
template <typename R> void logVisit(const R &r) {
  std::printf("%s\n", r.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'printf', line [[@LINE-1]]) [privacy-data-flow]
}
void both(const httplib::Request &a, const FakeRequest &b) {
  logVisit(a);
  logVisit(b);
}
template <typename R> void logFake(const R &r) { std::puts(r.remote_addr.c_str()); }
void onlyFake(const FakeRequest &b) { logFake(b); }

// A header-only library's own code using its own API is not the
// application's flow.
namespace httplib {
namespace detail {
inline void trace(const Request &req) { std::puts(req.remote_addr.c_str()); }
} // namespace detail
} // namespace httplib
