#include "store.h"

// A wrapper in a second unit that hands its parameter to a third.
void forward(const char *Value) { remember(Value); }
