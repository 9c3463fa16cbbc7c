#include "store.h"
#include <acme/consent.h>
#include <cstdio>
#include <cstring>

void remember(const char *Value) {
  FILE *F = fopen("release.txt", "w");
  fputs(Value, F);
  fclose(F);
}

bool matches(const char *Value, const char *Pattern) {
  return strcmp(Value, Pattern) == 0;
}

void rememberIfAllowed(const char *Value) {
  if (!acme::consent::granted(acme::consent::Purpose::Analytics))
    return;
  FILE *F = fopen("release.txt", "w");
  fputs(Value, F);
  fclose(F);
}
