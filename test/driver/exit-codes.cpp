// Exit codes: 1 with findings at or above --fail-on, 0 below it, 2 on errors.
// RUN: %expect_exit 1 %consentlint --quiet --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %expect_exit 1 %consentlint --quiet --fail-on=warning --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %expect_exit 0 %consentlint --quiet --fail-on=error --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %expect_exit 0 %consentlint --quiet --fail-on=never --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %expect_exit 0 %consentlint --quiet --checks=-*,consent-cookie --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %expect_exit 2 %consentlint --quiet --fail-on=sometimes %s -- -isystem %sdk/firebase
// RUN: %expect_exit 2 %consentlint --quiet --format=xml %s -- -isystem %sdk/firebase
#include <firebase/analytics.h>
void f() { firebase::analytics::LogEvent("x"); }
