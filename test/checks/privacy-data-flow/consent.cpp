// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// Flows to a third-party SDK, the network or storage need consent for the
// purposes of the data they carry (the client IP address: analytics).
#include <acme/audit.h>
#include <acme/consent.h>
#include <curl/curl.h>
#include <firebase/analytics.h>
#include <httplib.h>
#include <cstdio>
#include <string>

using acme::consent::Purpose;

void toSdk(const httplib::Request &req) {
  std::string mail = req.get_param_value("email");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'httplib::Request::get_param_value' reads form field 'email' (user.contact.email) and gives it to a third-party SDK (call to 'firebase::analytics::LogEvent', line [[@LINE+2]]) without a consent check for analytics [privacy-data-flow]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: the personal data reaches a third-party SDK (call to 'firebase::analytics::LogEvent') here
  firebase::analytics::LogEvent("signup", "email", mail.c_str());
  if (acme::consent::granted(Purpose::Analytics))
    firebase::analytics::LogEvent("signup", "email", mail.c_str());
  // Consent for another purpose does not cover analytics: one finding for
  // the read, which notes each ungated sink.
  if (acme::consent::granted(Purpose::Functional))
    firebase::analytics::LogEvent("signup", "email", mail.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the personal data reaches a third-party SDK (call to 'firebase::analytics::LogEvent') here
}

void toNetwork(const httplib::Request &req, CURL *curl) {
  std::string body = "ip=" + req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: read of 'httplib::Request::remote_addr' reads the client IP address and sends it over the network (call to {{.*}}) without a consent check for analytics [privacy-data-flow]
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: note: the personal data reaches the network (call to 'curl_easy_setopt') here
  acme::upload(body);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: note: the personal data reaches the network (call to 'acme::upload') here
  if (!acme::consent::granted(Purpose::Analytics))
    return;
  acme::upload(body);
  acme::upload(acme::anonymize(req.remote_addr));
}

void toStorage(const httplib::Request &req, FILE *f) {
  const std::string &ip = req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: read of 'httplib::Request::remote_addr' reads the client IP address and stores it (call to 'fwrite', line [[@LINE+1]]) without a consent check for analytics [privacy-data-flow]
  std::fwrite(ip.data(), 1, ip.size(), f);
  std::fwrite("-\n", 1, 2, f);
}

// A gate in the caller covers the flow in the callee.
void send(const std::string &what) { acme::upload(what); }
void gatedCaller(const httplib::Request &req) {
  if (acme::consent::hasConsent("analytics"))
    send(req.remote_addr);
  send("static");
}
