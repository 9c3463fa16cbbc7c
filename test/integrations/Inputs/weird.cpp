#include <firebase/analytics.h>
void track() {
  firebase::analytics::LogEvent("100%");
}
int main() { track(); }
