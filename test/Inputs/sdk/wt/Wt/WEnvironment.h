// Mock of Wt's WEnvironment.h (emweb/wt).
#pragma clang system_header
#pragma once
#include <string>
#include <vector>
namespace Wt {
class WEnvironment {
public:
  const std::string *getParameter(const std::string &name) const;
  const std::vector<std::string> &getParameterValues(const std::string &name) const;
  const std::string *getCookie(const std::string &name) const;
  std::string clientAddress() const;
};
} // namespace Wt
