// Mock of drogon's HttpResponse.h and Cookie.h (drogonframework/drogon).
#pragma clang system_header
#pragma once
#include <string>
namespace drogon {
class Cookie {
public:
  Cookie(const std::string &key, const std::string &value);
  Cookie();
  void setHttpOnly(bool);
  void setMaxAge(long);
};
class HttpResponse {
public:
  virtual ~HttpResponse();
  void addCookie(const std::string &key, const std::string &value);
  void addCookie(const Cookie &cookie);
  void removeCookie(const std::string &key);
  void addHeader(std::string field, const std::string &value);
};
class HttpRequest {
public:
  virtual ~HttpRequest();
  void addCookie(std::string key, std::string value);
  const std::string &getCookie(const std::string &field) const;
  const std::string &getParameter(const std::string &key) const;
};
} // namespace drogon
