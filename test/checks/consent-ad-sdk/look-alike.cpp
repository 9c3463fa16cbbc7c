// RUN: %check_consentlint %s consent-ad-sdk
// The project's own classes with the SDK's method names are not SDK calls.
#include <firebase/gma.h>

namespace mygame {
struct AdRequest {};
class AdView {
public:
  void LoadAd(const AdRequest &);
};
void Initialize();
} // namespace mygame

void localAds(mygame::AdView &v) {
  v.LoadAd(mygame::AdRequest());
  mygame::Initialize();
}
