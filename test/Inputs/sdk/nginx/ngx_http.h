// Mock of nginx's module API (src/core, src/http), from its public headers:
// only what the tests need. Records declared as nginx declares them:
// typedef'd anonymous structs and named structs.
#pragma clang system_header
#pragma once
#include <stddef.h>

typedef unsigned char u_char;
typedef struct { size_t len; u_char *data; } ngx_str_t;
typedef struct ngx_log_s { unsigned log_level; } ngx_log_t;
typedef struct ngx_connection_s {
  ngx_log_t *log;
  ngx_str_t addr_text;
} ngx_connection_t;

typedef struct {
  ngx_str_t user;
  ngx_str_t passwd;
  ngx_str_t server;
} ngx_http_headers_in_t;

typedef struct ngx_http_request_s {
  ngx_connection_t *connection;
  ngx_http_headers_in_t headers_in;
} ngx_http_request_t;

#define NGX_LOG_ERR 4
void ngx_log_error_core(unsigned level, ngx_log_t *log, int err,
                        const char *fmt, ...);
#define ngx_log_error(level, log, ...)                                        \
  if ((log)->log_level >= level)                                              \
  ngx_log_error_core(level, log, __VA_ARGS__)
