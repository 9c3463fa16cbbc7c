// Mock of Boost.Beast's http fields (boostorg/beast): the field enumerators
// and the fields setters.
#pragma clang system_header
#pragma once
#include <string>
namespace boost {
namespace beast {
namespace http {
enum class field : unsigned short { unknown = 0, cookie, set_cookie, content_type };
template <class Allocator> class basic_fields {
public:
  void set(field name, const std::string &value);
  void insert(field name, const std::string &value);
  void erase(field name);
};
template <bool isRequest, class Body, class Fields = basic_fields<std::allocator<char>>>
class message : public Fields {};
struct string_body {};
template <class Body> using response = message<false, Body>;
template <class Body> using request = message<true, Body>;
} // namespace http
} // namespace beast
} // namespace boost
