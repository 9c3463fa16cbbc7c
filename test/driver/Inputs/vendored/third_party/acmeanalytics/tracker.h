// A vendored analytics wrapper: not the project's code.
#pragma once
#include <firebase/analytics.h>
inline void vendorTrack(const char *e) { firebase::analytics::LogEvent(e); }
