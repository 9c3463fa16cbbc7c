// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// Client IP accessors and personal form fields of the C++ web frameworks are
// sources: each is reported where it reaches the project's audit log.
#include <Poco/Net/HTTPRequest.h>
#include <Wt/Http/Request.h>
#include <boost/asio.hpp>
#include <cppcms/http_request.h>
#include <crow.h>
#include <oatpp/web/protocol/http/incoming/Request.hpp>
#include <pistache/http.h>
#include <acme/audit.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ips(crow::request &c, Pistache::Http::Request &p, Poco::Net::HTTPServerRequest &poco,
         Wt::Http::Request &wt, cppcms::http::request &cms,
         boost::asio::basic_stream_socket<boost::asio::ip::tcp> &sock) {
  std::string a = c.remote_ip_address;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: read of 'crow::request::remote_ip_address' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE+1]]) [privacy-data-flow]
  acme::audit("crow", a);
  acme::audit("pistache", p.address());
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: call to 'Pistache::Http::Request::address' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("poco", poco.clientAddress());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'Poco::Net::HTTPServerRequest::clientAddress' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("wt", wt.clientAddress());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'Wt::Http::Request::clientAddress' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("cppcms", cms.remote_addr());
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: call to 'cppcms::http::request::remote_addr' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("asio", sock.remote_endpoint());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to {{.*}}remote_endpoint' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  // A flow to a log is reported behind consent too: logs serve no purpose.
  if (acme::consent::granted(Purpose::Analytics))
    acme::audit("cppcms", cms.remote_host());
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: call to 'cppcms::http::request::remote_host' reads the client IP address and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  // The server's own address is no personal data.
  acme::audit("asio", sock.local_endpoint());
}

void forms(crow::request &c, Pistache::Http::Request &p, Poco::Net::HTMLForm &form,
           Wt::Http::Request &wt, cppcms::http::request &cms,
           oatpp::web::protocol::http::incoming::Request &o) {
  acme::audit("crow", c.url_params.get("email"));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'crow::query_string::get' reads form field 'email' (user.contact.email) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("pistache", p.query().get("telefoon"));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: call to 'Pistache::Http::Uri::Query::get' reads form field 'telefoon' (user.contact.phone_number) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("poco", form.get("geburtsdatum"));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'Poco::Net::NameValueCollection::get' reads form field 'geburtsdatum' (user.demographic.date_of_birth) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("wt", wt.getParameter("nombre"));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: call to 'Wt::Http::Request::getParameter' reads form field 'nombre' (user.name) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("cppcms", cms.post("adresse"));
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: call to 'cppcms::http::request::post' reads form field 'adresse' (user.contact.address) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  acme::audit("oatpp", o.getQueryParameter("e-mail"));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: call to 'oatpp::web::protocol::http::incoming::Request::getQueryParameter' reads form field 'e-mail' (user.contact.email) and writes it to a log (call to 'acme::audit', line [[@LINE-1]]) [privacy-data-flow]
  // Keys that name no personal data.
  acme::audit("crow", c.url_params.get("page"));
  acme::audit("pistache", p.query().get("sort"));
  acme::audit("cppcms", cms.get("filename"));
  acme::audit("oatpp", o.getPathVariable("id"));
}
