// Mock of CppCMS's http_response.h (artyom-beilis/cppcms).
#pragma clang system_header
#pragma once
#include <cppcms/http_cookie.h>
namespace cppcms { namespace http {
class response {
public:
  void set_cookie(const cookie &c);
  void set_header(const std::string &name, const std::string &value);
};
}} // namespace cppcms::http
