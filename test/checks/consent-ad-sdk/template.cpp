// RUN: %check_consentlint %s consent-ad-sdk
#include <firebase/gma.h>
#include <firebase/ump.h>

// The call is reported once, at its place in the template, however many
// instantiations there are.
template <typename Ad> void load(Ad &ad) {
  ad.LoadAd(firebase::gma::AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
}

template <typename Ad> void loadGated(Ad &ad) {
  if (firebase::ump::ConsentInfo::GetInstance()->CanRequestAds())
    ad.LoadAd(firebase::gma::AdRequest());
}

struct NotAnAd {
  void LoadAd(const firebase::gma::AdRequest &);
};

int main() {
  firebase::gma::AdView a, b;
  NotAnAd n;
  load(a);
  load(b);
  load(n); // The same template on a look-alike class: not a finding.
  loadGated(a);
}
