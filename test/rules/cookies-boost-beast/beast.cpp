// RUN: %check_consentlint %s consent-cookie --experimental --config-file=%inputs/config/acme.consentlint.yaml
#include <boost/beast/http.hpp>
#include <acme/consent.h>

using acme::consent::Purpose;
namespace http = boost::beast::http;

void ungated(http::response<http::string_body> &res) {
  res.set(http::field::set_cookie, "_ga=GA1.2.3; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'boost::beast::http::basic_fields<std::allocator<char>>::set' sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  res.insert(http::field::set_cookie, "NID=511; Path=/");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to {{.*}}::insert' sets advertising cookie 'NID' without a consent check for advertising [consent-cookie]
}

void gated(http::response<http::string_body> &res) {
  if (acme::consent::granted(Purpose::Analytics))
    res.set(http::field::set_cookie, "_ga=GA1.2.3; Path=/");
  res.set(http::field::set_cookie, "sessionid=42; HttpOnly");
}

// Look-alikes: a client request's Cookie header, other fields, erasing.
void lookAlikes(http::request<http::string_body> &req,
                http::response<http::string_body> &res) {
  req.set(http::field::cookie, "_ga=GA1.2.3");
  res.set(http::field::content_type, "text/html");
  res.erase(http::field::set_cookie);
}

int main() {}
