#include "acmeanalytics/tracker.h"
void app() { firebase::analytics::LogEvent("app"); }
