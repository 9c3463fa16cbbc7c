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
  firebase::analytics::LogEvent("signup", "email", mail.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' gives form field 'email' (user.contact.email) (call to 'httplib::Request::get_param_value', line [[@LINE-2]]) to a third-party SDK without a consent check for analytics [privacy-data-flow]
  if (acme::consent::granted(Purpose::Analytics))
    firebase::analytics::LogEvent("signup", "email", mail.c_str());
  // Consent for another purpose does not cover analytics.
  if (acme::consent::granted(Purpose::Functional))
    firebase::analytics::LogEvent("signup", "email", mail.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' gives form field 'email' {{.*}} without a consent check for analytics [privacy-data-flow]
}

void toNetwork(const httplib::Request &req, CURL *curl) {
  std::string body = "ip=" + req.remote_addr;
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'curl_easy_setopt' sends the client IP address (read of 'httplib::Request::remote_addr', line [[@LINE-2]]) over the network without a consent check for analytics [privacy-data-flow]
  acme::upload(body);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'acme::upload' sends the client IP address {{.*}} over the network without a consent check for analytics [privacy-data-flow]
  if (!acme::consent::granted(Purpose::Analytics))
    return;
  acme::upload(body);
  acme::upload(acme::anonymize(req.remote_addr));
}

void toStorage(const httplib::Request &req, FILE *f) {
  const std::string &ip = req.remote_addr;
  std::fwrite(ip.data(), 1, ip.size(), f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'fwrite' stores the client IP address (read of 'httplib::Request::remote_addr', line [[@LINE-2]]) without a consent check for analytics [privacy-data-flow]
  std::fwrite("-\n", 1, 2, f);
}

// A gate in the caller covers the flow in the callee.
void send(const std::string &what) { acme::upload(what); }
void gatedCaller(const httplib::Request &req) {
  if (acme::consent::hasConsent("analytics"))
    send(req.remote_addr);
  send("static");
}
