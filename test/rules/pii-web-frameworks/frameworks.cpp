// RUN: %check_consentlint %s consent-personal-data --experimental --config-file=%inputs/config/acme.consentlint.yaml
// Client IP accessors and personal form fields of the C++ web frameworks.
#include <Poco/Net/HTTPRequest.h>
#include <Wt/Http/Request.h>
#include <boost/asio.hpp>
#include <cppcms/http_request.h>
#include <crow.h>
#include <oatpp/web/protocol/http/incoming/Request.hpp>
#include <pistache/http.h>
#include <acme/consent.h>

using acme::consent::Purpose;

void ips(crow::request &c, Pistache::Http::Request &p, Poco::Net::HTTPServerRequest &poco,
         Wt::Http::Request &wt, cppcms::http::request &cms,
         boost::asio::basic_stream_socket<boost::asio::ip::tcp> &sock) {
  std::string a = c.remote_ip_address;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: read of 'crow::request::remote_ip_address' reads the client IP address without a consent check for analytics [consent-personal-data]
  p.address();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Pistache::Http::Request::address' reads the client IP address {{.*}} [consent-personal-data]
  poco.clientAddress();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Poco::Net::HTTPServerRequest::clientAddress' reads the client IP address {{.*}} [consent-personal-data]
  wt.clientAddress();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Wt::Http::Request::clientAddress' reads the client IP address {{.*}} [consent-personal-data]
  cms.remote_addr();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cppcms::http::request::remote_addr' reads the client IP address {{.*}} [consent-personal-data]
  sock.remote_endpoint();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to {{.*}}remote_endpoint' reads the client IP address {{.*}} [consent-personal-data]
  if (acme::consent::granted(Purpose::Analytics))
    cms.remote_host();
  sock.local_endpoint();
}

void forms(crow::request &c, Pistache::Http::Request &p, Poco::Net::HTMLForm &form,
           Wt::Http::Request &wt, cppcms::http::request &cms,
           oatpp::web::protocol::http::incoming::Request &o) {
  c.url_params.get("email");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'crow::query_string::get' reads form field 'email' (user.contact.email) without a consent check for analytics [consent-personal-data]
  p.query().get("telefoon");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Pistache::Http::Uri::Query::get' reads form field 'telefoon' (user.contact.phone_number) {{.*}} [consent-personal-data]
  form.get("geburtsdatum");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Poco::Net::NameValueCollection::get' reads form field 'geburtsdatum' {{.*}} [consent-personal-data]
  wt.getParameter("nombre");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'Wt::Http::Request::getParameter' reads form field 'nombre' (user.name) {{.*}} [consent-personal-data]
  cms.post("adresse");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'cppcms::http::request::post' reads form field 'adresse' {{.*}} [consent-personal-data]
  o.getQueryParameter("e-mail");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to {{.*}}getQueryParameter' reads form field 'e-mail' {{.*}} [consent-personal-data]
  // Keys that name no personal data, and gated reads.
  c.url_params.get("page");
  p.query().get("sort");
  cms.get("filename");
  o.getPathVariable("id");
  if (acme::consent::granted(Purpose::Analytics))
    wt.getParameter("email");
}
