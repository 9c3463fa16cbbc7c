// RUN: %check_consentlint %s privacy-data-flow
// nginx: the Basic-auth user name and the client address are flow-only
// sources; fields of typedef'd anonymous structs (ngx_http_headers_in_t)
// are named by their typedef.
#include <ngx_http.h>

void not_found(ngx_http_request_t *r) {
  ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                "user \"%V\" was not found", &r->headers_in.user);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: read of 'ngx_http_headers_in_t::user' reads the user name the client sent and writes it to a log (call to 'ngx_log_error_core', line [[@LINE-2]]) [privacy-data-flow]
  ngx_log_error(NGX_LOG_ERR, r->connection->log, 0, "client %V",
                &r->connection->addr_text);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: read of 'ngx_connection_s::addr_text' reads the client IP address and writes it to a log (call to 'ngx_log_error_core', line [[@LINE-2]]) [privacy-data-flow]
}

// Look-alike: another member of the same struct; the user name only
// compared.
int check(ngx_http_request_t *r) {
  ngx_log_error(NGX_LOG_ERR, r->connection->log, 0, "server %V",
                &r->headers_in.server);
  return r->headers_in.user.len == 0;
}

// Macro and template cases live with the check's own tests; a read in a
// macro argument is reported at its spelling.
#define LOG_USER(r) ngx_log_error(NGX_LOG_ERR, (r)->connection->log, 0, "%V", &(r)->headers_in.user)
void via_macro(ngx_http_request_t *r) {
  LOG_USER(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: read of 'ngx_http_headers_in_t::user' {{.*}} [privacy-data-flow]
}
