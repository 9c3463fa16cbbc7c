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

// What precedes the format is the logger's context, not logged data: a
// request holding the address is not the line's data.
struct request { const char *client_ip; const char *uri; };
void req_log_error(const struct request *r, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void context(struct request *r) {
  struct utsname u;
  uname(&u);
  r->client_ip = u.nodename; // (a host name, for the test)
  req_log_error(r, 3, "cannot serve %s", r->uri);
}

// A record filled field by field and then logged whole carries its fields.
struct record { const char *os; int build; };

struct record fill(void) {
  struct utsname u;
  uname(&u);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'uname' reads device information {{.*}} (call to 'app_log_info', line [[@LINE+8]]) [privacy-data-flow]
  struct record rec;
  rec.os = u.release;
  rec.build = 1;
  return rec;
}
void logFilled(void) {
  struct record rec = fill();
  app_log_info("%p", &rec);
}
