// Mock of cpp-httplib's httplib.h (yhirose/cpp-httplib).
#pragma clang system_header
#pragma once
#include <string>
namespace httplib {
struct Request {
  std::string remote_addr;
  int remote_port = -1;
  bool has_param(const std::string &key) const;
  std::string get_param_value(const std::string &key, size_t id = 0) const;
  std::string get_header_value(const std::string &key, const char *def = "",
                               size_t id = 0) const;
  void set_header(const std::string &key, const std::string &val);
};
struct Response {
  int status = -1;
  void set_header(const std::string &key, const std::string &val);
  void set_content(const std::string &s, const std::string &content_type);
};
} // namespace httplib
