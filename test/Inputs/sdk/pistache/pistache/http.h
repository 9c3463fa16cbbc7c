// Mock of Pistache's http.h and cookie.h (pistacheio/pistache).
#pragma clang system_header
#pragma once
#include <optional>
#include <string>
namespace Pistache {
class Address {
public:
  std::string host() const;
};
namespace Http {
struct Cookie {
  Cookie(std::string name, std::string value);
};
class CookieJar {
public:
  void add(const Cookie &cookie);
  void removeCookie(const std::string &name);
  bool has(const std::string &name) const;
};
namespace Uri {
class Query {
public:
  std::optional<std::string> get(const std::string &name) const;
  bool has(const std::string &name) const;
};
} // namespace Uri
class Request {
public:
  const Uri::Query &query() const;
  const CookieJar &cookies() const;
  const Address &address() const;
};
class ResponseWriter {
public:
  CookieJar &cookies();
};
} // namespace Http
} // namespace Pistache
