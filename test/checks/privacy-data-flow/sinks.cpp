// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/flow.consentlint.yaml
// More sinks and propagation forms: a SQLite bind (storage), a cookie's
// value, a string built with fmt::format; the project's anonymiser is a
// barrier, and a constant bound is no flow.
#include <acme/consent.h>
#include <fmt/format.h>
#include <httplib.h>
#include <sqlite3.h>
#include <acme/audit.h>
#include <string>

void save(sqlite3_stmt *stmt, const httplib::Request &req) {
  std::string line = fmt::format("{} visited", req.remote_addr);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: read of 'httplib::Request::remote_addr' reads the client IP address and stores it (call to 'sqlite3_bind_text', line [[@LINE+1]]) without a consent check for analytics [privacy-data-flow]
  sqlite3_bind_text(stmt, 1, line.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 2, "visit", -1, SQLITE_TRANSIENT);
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    sqlite3_bind_text(stmt, 3, req.remote_addr.c_str(), -1, SQLITE_TRANSIENT);
}

void remember(const httplib::Request &req, httplib::Response &res) {
  res.set_header("Set-Cookie", "last_ip=" + req.remote_addr);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: read of 'httplib::Request::remote_addr' reads the client IP address and puts it in a cookie (call to 'httplib::Response::set_header', line [[@LINE-1]]) without a consent check for {{.*}} [privacy-data-flow]
}

// The project's anonymiser (a barrier in the configuration), in a template.
template <typename Stmt> void saveAnonymised(Stmt *stmt, const httplib::Request &req) {
  std::string masked = acme::anonymize(req.remote_addr);
  sqlite3_bind_text(stmt, 1, masked.c_str(), -1, SQLITE_TRANSIENT);
}
template void saveAnonymised<sqlite3_stmt>(sqlite3_stmt *, const httplib::Request &);
