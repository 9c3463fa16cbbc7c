// Program 2: its own report(), called without asking.
#include <firebase/analytics.h>
void report() { firebase::analytics::LogEvent("tool2"); }
int main() { report(); }
