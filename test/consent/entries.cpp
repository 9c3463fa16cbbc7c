// RUN: %check_consentlint %s consent-ad-sdk
// Entry points: reached without consent unless they check it themselves.
#include <firebase/gma.h>
#include <firebase/ump.h>

static firebase::gma::InterstitialAd ad;
static bool ok() { return firebase::ump::ConsentInfo::GetInstance()->CanRequestAds(); }

class Screen {
public:
  virtual void onShow() {
    ad.Show();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
  }
};

static void callback() {
  ad.Show();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
}
void registerCallback(void (*)());

__attribute__((visibility("default"))) void exportedApi() {
  ad.Show();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::InterstitialAd::Show' {{.*}} [consent-ad-sdk]
}

static void helper(int depth) {
  if (depth > 0)
    helper(depth - 1); // Recursion under a gated entry stays gated.
  ad.Show();
}

static void deep3() { ad.Show(); }
static void deep2() { deep3(); }
static void deep1() { deep2(); }

int main() {
  registerCallback(&callback);
  if (ok()) {
    helper(3);
    deep1();
  }
  exportedApi();
  Screen s;
  s.onShow();
}
