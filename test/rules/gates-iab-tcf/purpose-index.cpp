// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%S/Inputs/tcf-cpp.consentlint.yaml
// The same index reading in C++ over a project accessor of the TCF string.
#include <firebase/analytics.h>
#include <string>

std::string tcfPurposeConsents();

void f() {
  std::string c = tcfPurposeConsents();
  if (c.size() > 7 && c[7] == '1')
    firebase::analytics::LogEvent("a");
  if (c.at(9) == '1')
    firebase::analytics::LogEvent("b");
  if (c[0] == '1')
    firebase::analytics::LogEvent("c");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}
