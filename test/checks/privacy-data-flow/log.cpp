// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// Personal data reaching a log: reported at the read, with the log call and
// its line, whatever the consent.
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
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'printf', line [[@LINE-1]]) [privacy-data-flow]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the personal data reaches a log (call to 'printf') here
  std::cerr << "visit from " << req.remote_addr << "\n";
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (stream 'std::cerr', line [[@LINE-1]]) [privacy-data-flow]
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    std::fprintf(stderr, "%s\n", req.remote_addr.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'fprintf', line [[@LINE-1]]) [privacy-data-flow]
}

void formField(const httplib::Request &req) {
  std::string mail = req.get_param_value("email");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'httplib::Request::get_param_value' reads form field 'email' (user.contact.email) and writes it to a log (call to 'puts', line [[@LINE+1]]) [privacy-data-flow]
  std::puts(mail.c_str());
  // A key that names no personal data is no source.
  std::puts(req.get_param_value("page").c_str());
}

// Propagation: assignments, +, append, snprintf into a buffer, <<.
void built(const httplib::Request &req) {
  std::string ip = req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE+6]]) [privacy-data-flow]
  std::string line = "client=" + ip;
  std::string copy;
  copy.append(line);
  char buf[64];
  std::snprintf(buf, sizeof buf, "[%s]", copy.c_str());
  acme::audit("visit", buf);
}

// Decisions about the data, counts and hashes are not the data, also when
// the hash is the unit's own function.
static unsigned bucketOf(const std::string &s) {
  unsigned h = 5381;
  for (char c : s)
    h = h * 33 + static_cast<unsigned char>(c);
  return h;
}
void lookAlikes(const httplib::Request &req) {
  std::printf("backend %u\n", bucketOf(req.remote_addr) % 8);
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
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: read of 'httplib::Request::remote_addr' reads the client IP address and writes it to a log (call to 'puts', line [[@LINE+3]]) [privacy-data-flow]
  fill(b, "static text");
  std::puts(b->ptr);
  std::puts(a->ptr);
}
