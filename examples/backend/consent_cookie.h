// The backend's consent API: reads the visitor's choices from the consent
// cookie set by the cookie banner.
#pragma once
#include <httplib.h>

namespace backend {
/// True when the consent cookie grants \p purpose ("analytics", "ads").
bool consentFromCookie(const httplib::Request &req, const char *purpose);
} // namespace backend
