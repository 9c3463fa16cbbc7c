// Ads: initialisation checks consent itself; the banner is gated by its
// caller in main.cpp (across translation units); the interstitial is not.
#include "consent.h"
#include "game.h"

namespace game {

void initAds() {
  if (!ConsentManager::instance().granted(Purpose::Ads))
    return;
  firebase::gma::Initialize();
}

void showBanner(firebase::gma::AdView &view) {
  firebase::gma::AdRequest request;
  view.LoadAd(request);
}

void showInterstitial(firebase::gma::InterstitialAd &ad) {
  ad.LoadAd("ca-app-pub-3940256099942544/1033173712", firebase::gma::AdRequest());
}

} // namespace game
