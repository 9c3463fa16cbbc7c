// RUN: %check_consentlint %s privacy-data-flow --config-file=%S/../../consent/Inputs/c-consent.consentlint.yaml
// RUN: %check_consentlint %s consent-personal-data -check-suffix=READ --config-file=%S/../../consent/Inputs/c-consent.consentlint.yaml
// The account's login and real name and the desktop session are flow-only
// sources: reading them is no finding (the second run); logging, storing
// or sending them is.
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int app_consent_granted(const char *purpose);
#define HOME_OF(pw) ((pw)->pw_dir)

void defaultPlayer(FILE *config) {
  struct passwd *pw = getpwuid(getuid());
  fputs(pw->pw_name, config);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: read of 'passwd::pw_name' reads the user's login or real name and stores it (call to 'fputs', line [[@LINE-1]]) without a consent check for analytics [privacy-data-flow]
  if (app_consent_granted("analytics"))
    fputs(pw->pw_gecos, config);
  // The home directory is no name; a name only compared goes nowhere.
  fputs(HOME_OF(pw), config);
  if (strcmp(pw->pw_name, "root") == 0)
    return;
}

void session(void) {
  const char *desktop = getenv("XDG_CURRENT_DESKTOP");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: call to 'getenv' reads the desktop environment (device information) and writes it to a log (call to 'fprintf', line [[@LINE+1]]) [privacy-data-flow]
  fprintf(stderr, "desktop: %s\n", desktop);
  const char *user = getenv("USER");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'getenv' reads the user's login or real name and writes it to a log {{.*}} [privacy-data-flow]
  printf("hello %s\n", user);
  // Look-alike: another variable.
  printf("path %s\n", getenv("PATH"));
}
