#include <firebase/gma.h>
#include <firebase/analytics.h>
#include <acme/consent.h>

void ungated(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  v.LoadAd(r);
  firebase::analytics::LogEvent("level_up");
}

void wrongPurpose(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    v.LoadAd(r);
}

void gated(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    v.LoadAd(r);
}
