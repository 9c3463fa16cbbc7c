#include "store.h"
#include <cstdio>

int main() {
  std::string Name = machineName();
  printf("running on %s\n", Name.c_str());
  return 0;
}
