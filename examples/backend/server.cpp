// A small web backend: a login handler that sets a session cookie (strictly
// necessary, no consent needed) and analytics and advertising cookies.
#include <drogon/HttpResponse.h>
#include <httplib.h>
#include "consent_cookie.h"
#include <cstdio>

namespace backend {

void handleLogin(const httplib::Request &req, httplib::Response &res) {
  // Strictly necessary: no consent needed.
  res.set_header("Set-Cookie", "session_id=4f1c; HttpOnly; Secure; SameSite=Lax");
  // Analytics cookie without asking: reported.
  res.set_header("Set-Cookie", "_ga=GA1.2.1234567.1700000000; Max-Age=63072000");
  // The same cookie behind the visitor's choice: fine.
  if (consentFromCookie(req, "analytics"))
    res.set_header("Set-Cookie", "_gid=GA1.2.7654321.1700000000");
}

void handleCheckout(drogon::HttpResponse &resp, bool consentBannerAnswered) {
  resp.addCookie("cart", "3-items"); // Functional cookie: reported.
  if (consentBannerAnswered)         // Not a consent check: still reported.
    resp.addCookie("_fbp", "fb.1.1700000000.42");
}

void handleSignup(const httplib::Request &req) {
  // The visitor's email and address in the server log: reported where they
  // are read (a log needs no consent, it is simply not the place for them).
  std::string email = req.get_param_value("email");
  std::fprintf(stderr, "signup %s from %s\n", email.c_str(),
               req.remote_addr.c_str());
}

} // namespace backend
