// RUN: %check_consentlint %s consent-personal-data --experimental
#define _DEFAULT_SOURCE 1
#include <ifaddrs.h>
#include <net/if.h>
#include <pwd.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <systemd/sd-id128.h>

int tracking_allowed(void);

void ungated(int fd, struct ifreq *ifr) {
  ioctl(fd, SIOCGIFHWADDR, ifr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'ioctl' reads a network interface's MAC address without a consent check for tracking [consent-personal-data]
  long id = gethostid();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: call to 'gethostid' reads a stable machine identifier without a consent check for tracking [consent-personal-data]
  FILE *f = fopen("/etc/machine-id", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: string literal reads a stable machine identifier without a consent check for tracking [consent-personal-data]
  sd_id128_t m;
  sd_id128_get_machine(&m);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'sd_id128_get_machine' {{.*}} [consent-personal-data]
  const char *login = getlogin();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'getlogin' reads the login name of the user without a consent check for analytics [consent-personal-data]
  struct ifaddrs *list;
  getifaddrs(&list);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'getifaddrs' lists network interfaces, including their hardware addresses without {{.*}} [consent-personal-data]
  struct passwd *pw = getpwuid(getuid());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'getpwuid' {{.*}} [consent-personal-data]
}

// Look-alikes: other ioctls, other files, the app-specific machine id.
void lookAlikes(int fd, struct ifreq *ifr, sd_id128_t app) {
  ioctl(fd, SIOCGIFMTU, ifr);
  ioctl(fd, SIOCGIFADDR, ifr);
  FILE *f = fopen("/etc/hostname", "r");
  sd_id128_t id;
  sd_id128_get_machine_app_specific(app, &id);
}
