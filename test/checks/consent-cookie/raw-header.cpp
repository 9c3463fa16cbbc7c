// RUN: %check_consentlint %s consent-cookie
#include <string>

std::string response(const std::string &id) {
  std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
  head += "Set-Cookie: _ga=" + id + "; Path=/\r\n";
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: string literal sets analytics cookie '_ga' without a consent check for analytics [consent-cookie]
  head += "Set-Cookie: session=" + id + "; HttpOnly\r\n";
  return head + "X-Note: Set-Cookie: inline mention is not a header\r\n";
}

// Look-alikes: a test comparing formatted cookies with the text it expects
// sets nothing.
bool check(bool);
bool formats(const std::string &out) {
  check(out == "Set-Cookie: _ga=GA1.2.3; Version=1");
  return out.compare("Set-Cookie: _gid=1") == 0 ||
         out != "Set-Cookie: _fbp=fb.1";
}
