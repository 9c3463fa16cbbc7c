// Mock of Boost.Asio's basic_socket::remote_endpoint (boostorg/asio).
#pragma clang system_header
#pragma once
#include <string>
namespace boost {
namespace asio {
namespace ip {
class address {
public:
  std::string to_string() const;
};
template <class Protocol> class basic_endpoint {
public:
  ip::address address() const;
};
class tcp {
public:
  using endpoint = basic_endpoint<tcp>;
};
} // namespace ip
template <class Protocol> class basic_socket {
public:
  typename Protocol::endpoint remote_endpoint() const;
  typename Protocol::endpoint local_endpoint() const;
};
template <class Protocol> class basic_stream_socket : public basic_socket<Protocol> {};
} // namespace asio
} // namespace boost
