// Mock of oatpp's outgoing Response (oatpp/oatpp).
#pragma clang system_header
#pragma once
#include <string>
namespace oatpp {
using String = std::string;
namespace web { namespace protocol { namespace http { namespace outgoing {
class Response {
public:
  void putHeader(const oatpp::String &key, const oatpp::String &value);
  bool putHeaderIfNotExists(const oatpp::String &key, const oatpp::String &value);
  void putOrReplaceHeader(const oatpp::String &key, const oatpp::String &value);
};
}}}}
} // namespace oatpp
