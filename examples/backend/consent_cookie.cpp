#include "consent_cookie.h"

namespace backend {
bool consentFromCookie(const httplib::Request &req, const char *purpose) {
  // A real backend parses the CMP's consent cookie here.
  return req.has_param(std::string("consent_") + purpose);
}
} // namespace backend
