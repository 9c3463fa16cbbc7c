// Mock of Wt's Http/Request.h (emweb/wt).
#pragma clang system_header
#pragma once
#include <string>
#include <vector>
namespace Wt { namespace Http {
class Request {
public:
  const std::string *getParameter(const std::string &name) const;
  const std::vector<std::string> &getParameterValues(const std::string &name) const;
  std::string clientAddress() const;
};
}} // namespace Wt::Http
