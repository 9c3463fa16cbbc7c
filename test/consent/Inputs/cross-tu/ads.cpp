#include "game.h"
#include <firebase/gma.h>

static firebase::gma::InterstitialAd interstitial;

void showAd() {
  interstitial.LoadAd("unit", firebase::gma::AdRequest());
}

void showRewarded() {
  interstitial.Show();
}
