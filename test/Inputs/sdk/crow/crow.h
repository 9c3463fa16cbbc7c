// Mock of Crow's crow.h (CrowCpp/Crow): cookie, session and request APIs,
// written from the public signatures.
#pragma clang system_header
#pragma once
#include <string>
namespace crow {
struct query_string {
  char *get(const std::string &name) const;
  std::string get_list(const std::string &name) const;
  std::string get_dict(const std::string &name) const;
};
struct request {
  std::string remote_ip_address;
  query_string url_params;
};
struct response {
  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);
  void end();
};
struct CookieParser {
  struct Cookie {
    Cookie(const std::string &key, const std::string &value);
    Cookie &path(const std::string &p);
  };
  struct context {
    std::string get_cookie(const std::string &key) const;
    Cookie &set_cookie(const std::string &key, const std::string &value);
    Cookie &set_cookie(Cookie cookie);
  };
};
struct InMemoryStore {};
template <typename Store> struct SessionMiddleware {
  SessionMiddleware(Store store);
  struct context {
    void set(const std::string &key, const std::string &value);
    std::string string(const std::string &key);
  };
};
} // namespace crow
