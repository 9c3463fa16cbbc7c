#include <firebase/gma.h>

void show(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  v.LoadAd(r);
}
