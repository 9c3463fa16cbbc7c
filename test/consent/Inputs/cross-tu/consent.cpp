#include "game.h"
#include <firebase/ump.h>

bool adsAllowed() {
  return firebase::ump::ConsentInfo::GetInstance()->CanRequestAds();
}

void afterConsentForm() {
  // Every path into showAd() from here is gated: it checks consent itself.
  if (firebase::ump::ConsentInfo::GetInstance()->CanRequestAds())
    showAd();
}
