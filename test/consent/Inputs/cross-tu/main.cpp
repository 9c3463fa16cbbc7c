#include "game.h"
#include <firebase/ump.h>

static void levelEnd() {
  showRewarded(); // No consent on this path.
}

int main() {
  afterConsentForm();
  levelEnd();
  return 0;
}
