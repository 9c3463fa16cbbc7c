// Mock of Wt's Http/Cookie.h (emweb/wt).
#pragma clang system_header
#pragma once
#include <string>
namespace Wt { namespace Http {
class Cookie {
public:
  Cookie(const std::string &name, const std::string &value);
  void setMaxAge(int seconds);
};
}} // namespace Wt::Http
