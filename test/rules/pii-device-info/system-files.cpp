// RUN: %check_consentlint %s privacy-data-flow --config-file=%inputs/config/acme.consentlint.yaml
// RUN: %check_consentlint %s consent-personal-data -check-suffix=READ --config-file=%inputs/config/acme.consentlint.yaml
// (The second run has no READ checks: opening the files alone is no finding.)
// Files opened by path for device information (/etc/os-release,
// /proc/cpuinfo): flow-only sources, followed through a stream, getline or
// a FILE handle. (The machine id's path is pii-posix's own rule.)
#include <cstdio>
#include <fstream>
#include <string>
#include <sys/types.h>

void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void distribution() {
  std::ifstream f("/etc/os-release");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: construction of 'std::basic_ifstream' opens a file of device information (operating system, processor or memory) and writes it to a log (call to 'log_info', line [[@LINE+3]]) [privacy-data-flow]
  std::string line;
  while (std::getline(f, line))
    log_info("%s", line.c_str());
}

void cpu() {
  char *line = nullptr;
  size_t n = 0;
  FILE *fp = fopen("/proc/cpuinfo", "r");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: call to 'fopen' opens a file of device information {{.*}} (call to 'log_info', line [[@LINE+2]]) [privacy-data-flow]
  while (getline(&line, &n, fp) != -1)
    log_info("%s", line);
}

// Look-alikes: another file; a device file only opened, never read out.
void hosts() {
  std::ifstream f("/etc/hosts");
  std::string line;
  while (std::getline(f, line))
    log_info("%s", line.c_str());
  FILE *fp = fopen("/proc/cpuinfo", "r");
  if (fp)
    std::fclose(fp);
}

// A macro naming the path, and a template reading it.
#define OS_RELEASE "/etc/os-release"
template <typename Stream> void dump() {
  Stream s(OS_RELEASE);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: construction of 'std::basic_ifstream' opens a file of device information {{.*}} (call to 'log_info', line [[@LINE+3]]) [privacy-data-flow]
  std::string text;
  s >> text;
  log_info("%s", text.c_str());
}
template void dump<std::ifstream>();
