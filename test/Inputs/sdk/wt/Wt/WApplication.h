// Mock of Wt's WApplication.h (emweb/wt).
#pragma clang system_header
#pragma once
#include <Wt/Http/Cookie.h>
#include <Wt/WEnvironment.h>
namespace Wt {
class WApplication {
public:
  const WEnvironment &environment() const;
  void setCookie(const Http::Cookie &cookie);
  void setCookie(const std::string &name, const std::string &value, int maxAge,
                 const std::string &domain = "", const std::string &path = "",
                 bool secure = false);
  void removeCookie(const Http::Cookie &cookie);
};
} // namespace Wt
