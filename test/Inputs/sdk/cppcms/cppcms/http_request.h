// Mock of CppCMS's http_request.h (artyom-beilis/cppcms).
#pragma clang system_header
#pragma once
#include <cppcms/http_cookie.h>
namespace cppcms { namespace http {
class request {
public:
  std::string remote_addr();
  std::string remote_host();
  std::string get(const std::string &name);
  std::string post(const std::string &name);
  cookie cookie_by_name(const std::string &name);
};
}} // namespace cppcms::http
