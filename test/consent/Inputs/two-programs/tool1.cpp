// Program 1: reports only with consent.
#include <firebase/analytics.h>
#include <acme/consent.h>
void report() { firebase::analytics::LogEvent("tool1"); }
int main() {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    report();
}
