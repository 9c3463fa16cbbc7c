// Mock of CppCMS's http_cookie.h (artyom-beilis/cppcms).
#pragma clang system_header
#pragma once
#include <string>
namespace cppcms { namespace http {
class cookie {
public:
  cookie(const std::string &name, const std::string &value);
  void max_age(unsigned age);
};
}} // namespace cppcms::http
