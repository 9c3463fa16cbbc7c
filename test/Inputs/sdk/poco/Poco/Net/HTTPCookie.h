// Mock of POCO's HTTPCookie.h (pocoproject/poco).
#pragma clang system_header
#pragma once
#include <string>
namespace Poco { namespace Net {
class HTTPCookie {
public:
  HTTPCookie(const std::string &name, const std::string &value);
  void setMaxAge(int maxAge);
};
}} // namespace Poco::Net
