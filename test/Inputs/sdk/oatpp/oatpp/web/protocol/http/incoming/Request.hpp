// Mock of oatpp's incoming Request (oatpp/oatpp).
#pragma clang system_header
#pragma once
#include <string>
namespace oatpp {
using String = std::string;
namespace web { namespace protocol { namespace http { namespace incoming {
class Request {
public:
  oatpp::String getQueryParameter(const oatpp::String &name) const;
  oatpp::String getPathVariable(const oatpp::String &name) const;
  oatpp::String getHeader(const oatpp::String &name) const;
};
}}}}
} // namespace oatpp
