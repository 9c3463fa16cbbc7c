// RUN: %check_consentlint %s consent-personal-data --experimental
// A library's own code using its own API (a header-only library copied into
// the project) is not the application collecting data.
#include <httplib.h>

namespace httplib {
namespace detail {
inline std::string peer(const Request &req) { return req.remote_addr; }
} // namespace detail
} // namespace httplib

std::string app(const httplib::Request &req) {
  return req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
}
