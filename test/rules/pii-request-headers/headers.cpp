// RUN: %check_consentlint %s privacy-data-flow
// Request headers read by name: those that carry personal data are
// sources; others, and headers only compared, are not.
#include <httplib.h>
#include <cstdio>

void logRequest(const httplib::Request &req) {
  std::string agent = req.get_header_value("User-Agent");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'httplib::Request::get_header_value' reads request header 'User-Agent' (user.device) and writes it to a log (call to 'printf', line [[@LINE+3]]) [privacy-data-flow]
  std::string ref = req.get_header_value("referer");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'httplib::Request::get_header_value' reads request header 'referer' (user.behavior.browsing_history) and writes it to a log {{.*}} [privacy-data-flow]
  std::printf("%s %s\n", agent.c_str(), ref.c_str());
  std::string accept = req.get_header_value("Accept");
  std::printf("%s\n", accept.c_str());
  // Compared only: a decision about the header, not the header.
  if (req.get_header_value("X-Forwarded-For") == "10.0.0.1")
    std::puts("from the proxy");
  // A look-alike: Set-Cookie is no request header.
  std::puts(req.get_header_value("Set-Cookie").c_str());
}
