// Mock of POCO's HTTPResponse.h and HTTPServerResponse.h (pocoproject/poco).
#pragma clang system_header
#pragma once
#include <Poco/Net/HTTPCookie.h>
namespace Poco { namespace Net {
class HTTPResponse {
public:
  virtual ~HTTPResponse();
  void addCookie(const HTTPCookie &cookie);
};
class HTTPServerResponse : public HTTPResponse {};
}} // namespace Poco::Net
