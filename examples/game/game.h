#pragma once
#include <firebase/gma.h>

namespace game {
void initAds();
void showBanner(firebase::gma::AdView &view);
void showInterstitial(firebase::gma::InterstitialAd &ad);
void logSessionStart();
void logLevelUp(int level);
void identifyPlayer(const char *playerId);
} // namespace game
