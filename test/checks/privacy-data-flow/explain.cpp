// RUN: %consentlint --quiet --config-file=%inputs/config/empty.consentlint.yaml --explain=%s:13 %s -- -x c++ -std=c++17 -isystem %inputs/sdk/cpp-httplib | %FileCheck %s
// --explain prints a flow's path, and that a log needs no consent.
// CHECK: explain.cpp:13:20: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'printf', line 15) [privacy-data-flow, rule pii.cpp-httplib.client-ip]
// CHECK-NEXT: the data's path:
// CHECK-NEXT: explain.cpp:13: personal data read here
// CHECK-NEXT: explain.cpp:13: assigned to 'ip'
// CHECK-NEXT: explain.cpp:14: assigned to 'line'
// CHECK-NEXT: explain.cpp:15: reaches a log (call to 'printf')
// CHECK-NEXT: verdict: reported whatever the consent
#include <httplib.h>
#include <cstdio>
void visit(const httplib::Request &req) {
  std::string ip = req.remote_addr;
  std::string line = "from " + ip;
  std::printf("%s\n", line.c_str());
}
