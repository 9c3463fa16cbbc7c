// Mock of Apple's unified logging (<os/log.h>) as the corpus sources use it.
#pragma clang system_header
#pragma once
#include <stdint.h>
typedef struct os_log_s *os_log_t;
typedef uint8_t os_log_type_t;
#define OS_LOG_TYPE_DEFAULT ((os_log_type_t)0x00)
#define OS_LOG_TYPE_INFO ((os_log_type_t)0x01)
#define OS_LOG_TYPE_DEBUG ((os_log_type_t)0x02)
#define OS_LOG_TYPE_ERROR ((os_log_type_t)0x10)
#define OS_LOG_TYPE_FAULT ((os_log_type_t)0x11)
#define OS_LOG_DEFAULT ((os_log_t)0)
os_log_t os_log_create(const char *subsystem, const char *category);
void _consentlint_os_log(os_log_t log, os_log_type_t type, const char *format, ...);
#define os_log_with_type(log, type, format, ...) _consentlint_os_log((log), (type), (format), ##__VA_ARGS__)
#define os_log(log, format, ...) _consentlint_os_log((log), OS_LOG_TYPE_DEFAULT, (format), ##__VA_ARGS__)
#define os_log_info(log, format, ...) _consentlint_os_log((log), OS_LOG_TYPE_INFO, (format), ##__VA_ARGS__)
#define os_log_debug(log, format, ...) _consentlint_os_log((log), OS_LOG_TYPE_DEBUG, (format), ##__VA_ARGS__)
#define os_log_error(log, format, ...) _consentlint_os_log((log), OS_LOG_TYPE_ERROR, (format), ##__VA_ARGS__)
