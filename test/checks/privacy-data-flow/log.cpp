// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// Personal data reaching a log: reported at the log call, with the line of
// the read, whatever the consent.
#include <acme/audit.h>
#include <acme/consent.h>
#include <httplib.h>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>

void direct(const httplib::Request &req) {
  std::printf("visit from %s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'printf' writes the client IP address (read of 'httplib::Request::remote_addr', line [[@LINE-1]]) to a log [privacy-data-flow]
  std::cerr << "visit from " << req.remote_addr << "\n";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: stream 'std::cerr' writes the client IP address (read of 'httplib::Request::remote_addr', line [[@LINE-1]]) to a log [privacy-data-flow]
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    std::fprintf(stderr, "%s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'fprintf' writes the client IP address {{.*}} to a log [privacy-data-flow]
}

void formField(const httplib::Request &req) {
  std::string mail = req.get_param_value("email");
  std::puts(mail.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'puts' writes form field 'email' (user.contact.email) (call to 'httplib::Request::get_param_value', line [[@LINE-2]]) to a log [privacy-data-flow]
  // A key that names no personal data is no source.
  std::puts(req.get_param_value("page").c_str());
}

// Propagation: assignments, +, append, snprintf into a buffer, <<.
void built(const httplib::Request &req) {
  std::string ip = req.remote_addr;
  std::string line = "client=" + ip;
  std::string copy;
  copy.append(line);
  char buf[64];
  std::snprintf(buf, sizeof buf, "[%s]", copy.c_str());
  acme::audit("visit", buf);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'acme::audit' writes the client IP address (read of 'httplib::Request::remote_addr', line [[@LINE-7]]) to a log [privacy-data-flow]
}

// Decisions about the data, counts and hashes are not the data.
void lookAlikes(const httplib::Request &req) {
  if (req.remote_addr == "127.0.0.1")
    std::puts("local visit");
  std::printf("%zu bytes of address\n", std::strlen(req.remote_addr.c_str()));
  std::printf("bucket %zu\n", std::hash<std::string>{}(req.remote_addr) % 16);
  std::printf("from %s\n", acme::anonymize(req.remote_addr).c_str());
  bool local = req.remote_addr.empty();
  std::printf("%d\n", local);
}

// A struct with a member of the same name is no request.
struct FakeRequest {
  std::string remote_addr;
};
void notARequest(const FakeRequest &r) { std::puts(r.remote_addr.c_str()); }

// One buffer holding an address does not make every buffer hold it.
struct Buffer {
  char *ptr;
};
void fill(Buffer *b, const char *s);
void twoBuffers(const httplib::Request &req, Buffer *a, Buffer *b) {
  fill(a, req.remote_addr.c_str());
  fill(b, "static text");
  std::puts(b->ptr);
  std::puts(a->ptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'puts' writes the client IP address {{.*}} [privacy-data-flow]
}
