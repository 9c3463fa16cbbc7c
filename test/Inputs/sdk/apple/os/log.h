// Mock of Apple's unified logging (<os/log.h>), written from its public
// API: the os_log macros pack their arguments with clang's
// __builtin_os_log_format, which reads the %{public}/%{private} privacy
// of each argument, and hand the buffer to _os_log_impl.
#pragma clang system_header
#pragma once
#include <stdbool.h>
#include <stdint.h>
typedef struct os_log_s *os_log_t;
typedef uint8_t os_log_type_t;
#define OS_LOG_TYPE_DEFAULT ((os_log_type_t)0x00)
#define OS_LOG_TYPE_INFO ((os_log_type_t)0x01)
#define OS_LOG_TYPE_DEBUG ((os_log_type_t)0x02)
#define OS_LOG_TYPE_ERROR ((os_log_type_t)0x10)
#define OS_LOG_TYPE_FAULT ((os_log_type_t)0x11)
#define OS_LOG_DEFAULT ((os_log_t)0)
extern void *__dso_handle;
os_log_t os_log_create(const char *subsystem, const char *category);
bool os_log_type_enabled(os_log_t log, os_log_type_t type);
void _os_log_impl(void *dso, os_log_t log, os_log_type_t type,
                  const char *format, uint8_t *buf, uint32_t size);
#define os_log_with_type(log, type, format, ...)                               \
  __extension__({                                                              \
    os_log_t _cl_log = (log);                                                  \
    os_log_type_t _cl_type = (type);                                           \
    if (os_log_type_enabled(_cl_log, _cl_type)) {                              \
      uint8_t _cl_buf[__builtin_os_log_format_buffer_size(format,              \
                                                          ##__VA_ARGS__)];     \
      _os_log_impl(&__dso_handle, _cl_log, _cl_type, format,                   \
                   (uint8_t *)__builtin_os_log_format(_cl_buf, format,         \
                                                      ##__VA_ARGS__),          \
                   (uint32_t)sizeof(_cl_buf));                                 \
    }                                                                          \
  })
#define os_log(log, format, ...)                                               \
  os_log_with_type(log, OS_LOG_TYPE_DEFAULT, format, ##__VA_ARGS__)
#define os_log_info(log, format, ...)                                          \
  os_log_with_type(log, OS_LOG_TYPE_INFO, format, ##__VA_ARGS__)
#define os_log_debug(log, format, ...)                                         \
  os_log_with_type(log, OS_LOG_TYPE_DEBUG, format, ##__VA_ARGS__)
#define os_log_error(log, format, ...)                                         \
  os_log_with_type(log, OS_LOG_TYPE_ERROR, format, ##__VA_ARGS__)
