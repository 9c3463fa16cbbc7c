#include "consent.h"
#include "game.h"

static void onLevelEnd(firebase::gma::InterstitialAd &ad, int level) {
  game::logLevelUp(level);
  game::showInterstitial(ad); // Reaches an ad request without consent.
}

int main() {
  game::ConsentManager::instance().request();
  game::initAds();
  game::logSessionStart();
  game::identifyPlayer("player-42");

  firebase::gma::AdView banner;
  if (game::ConsentManager::instance().granted(game::Purpose::Ads))
    game::showBanner(banner); // Gated here, at its only call site.

  firebase::gma::InterstitialAd interstitial;
  onLevelEnd(interstitial, 3);
  return 0;
}
