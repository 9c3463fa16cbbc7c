#include <firebase/gma.h>
#include <acme/consent.h>

void showBanner(firebase::gma::AdView &view, const firebase::gma::AdRequest &req) {
  const char *title = "Größe ✓"; view.LoadAd(req);
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    view.LoadAd(req);
}
