// RUN: %check_consentlint %s privacy-data-flow
// A project's own printf-like logger (a format attribute and a name with a
// logging word) is a log sink; a printf-like function of another kind is not.
#include <sys/utsname.h>

void app_log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void AppLogWarning(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void showDialog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void app_log_plain(const char *line); // no format attribute

#define LOG_I(...) app_log_info(__VA_ARGS__)

void kernel(void) {
  struct utsname u;
  uname(&u);
  // One finding for the read, naming one sink and noting each.
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: call to 'uname' reads device information (operating system, kernel or hardware) and writes it to a log (call to '{{app_log_info|AppLogWarning}}', line {{19|21}}) [privacy-data-flow]
  // CHECK-MESSAGES-DAG: :[[@LINE+1]]:3: note: the personal data reaches a log (call to 'app_log_info') here
  app_log_info("kernel %s", u.release);
  // CHECK-MESSAGES-DAG: :[[@LINE+1]]:3: note: the personal data reaches a log (call to 'AppLogWarning') here
  AppLogWarning(2, "machine %s", u.machine);
  showDialog("running on %s", u.sysname);
  app_log_plain(u.version);
}

void viaMacro(void) {
  struct utsname u;
  if (uname(&u) < 0)
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: call to 'uname' reads device information {{.*}} (call to 'app_log_info', line [[@LINE+1]]) [privacy-data-flow]
  LOG_I("%s", u.nodename);
}
