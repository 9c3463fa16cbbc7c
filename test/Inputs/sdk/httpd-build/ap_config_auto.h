#pragma clang system_header
/* Stand-in for include/ap_config_auto.h, which Apache httpd's configure
 * writes (not in the repository). Written for consentlint's corpus: Linux. */
#ifndef AP_CONFIG_AUTO_H
#define AP_CONFIG_AUTO_H
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_LIMITS_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_PWD_H 1
#define HAVE_GRP_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_PRCTL_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_TIMEGM 1
#define HAVE_GETPWNAM 1
#define HAVE_GETGRNAM 1
#define HAVE_SYSLOG 1
#define HAVE_SETSID 1
#define HAVE_GETPGID 1
#define AP_SIG_GRACEFUL SIGUSR1
#define AP_SIG_GRACEFUL_STRING "SIGUSR1"
#define AP_SIG_GRACEFUL_SHORT USR1
#define AP_SIG_GRACEFUL_STOP SIGWINCH
#define AP_SIG_GRACEFUL_STOP_STRING "SIGWINCH"
#define AP_SIG_GRACEFUL_STOP_SHORT WINCH
#define AP_HAVE_DESIGNATED_INITIALIZER 1
#define AP_ENABLE_EXCEPTION_HOOK 0
#define MODULE_MAGIC_NUMBER_CHECK 1
#endif
