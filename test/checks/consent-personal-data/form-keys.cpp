// RUN: %check_consentlint %s consent-personal-data --experimental
// Form fields are personal data when their key says so, in five languages.
#include <httplib.h>

void handler(const httplib::Request &req) {
  std::string page = req.get_param_value("page");
  std::string mail = req.get_param_value("email");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'httplib::Request::get_param_value' reads form field 'email' (user.contact.email) without a consent check for analytics [consent-personal-data]
  std::string tel = req.get_param_value("telefoon");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'httplib::Request::get_param_value' reads form field 'telefoon' (user.contact.phone_number) {{.*}} [consent-personal-data]
  std::string nom = req.get_param_value("nom");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'httplib::Request::get_param_value' reads form field 'nom' (user.name) {{.*}} [consent-personal-data]
  std::string file = req.get_param_value("filename");
  std::string ip = req.remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: read of 'httplib::Request::remote_addr' reads the client IP address without a consent check for analytics [consent-personal-data]
}
