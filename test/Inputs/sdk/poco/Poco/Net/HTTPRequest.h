// Mock of POCO's HTTPRequest.h (pocoproject/poco).
#pragma clang system_header
#pragma once
#include <string>
namespace Poco { namespace Net {
class NameValueCollection {
public:
  const std::string &get(const std::string &name) const;
  void add(const std::string &name, const std::string &value);
};
class SocketAddress {
public:
  std::string toString() const;
};
class HTTPRequest {
public:
  virtual ~HTTPRequest();
  void setCookies(const NameValueCollection &cookies);
  void getCookies(NameValueCollection &cookies) const;
};
class HTTPServerRequest : public HTTPRequest {
public:
  const SocketAddress &clientAddress() const;
};
class HTMLForm : public NameValueCollection {
public:
  explicit HTMLForm(const HTTPRequest &request);
};
}} // namespace Poco::Net
