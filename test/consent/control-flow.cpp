// RUN: %check_consentlint %s consent-ad-sdk
// Branches, guard clauses, short-circuits, ternaries and loops.
#include <firebase/gma.h>
#include <firebase/ump.h>

using firebase::gma::AdRequest;
using firebase::gma::AdView;
static bool ok() { return firebase::ump::ConsentInfo::GetInstance()->CanRequestAds(); }
bool gdprApplies();
bool isPremium();

void ifGate(AdView &v) {
  if (ok())
    v.LoadAd(AdRequest());
  v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void guardReturnElse(AdView &v) {
  if (!ok()) {
    return;
  } else {
    v.LoadAd(AdRequest());
  }
  v.LoadAd(AdRequest());
}

void gotoGuard(AdView &v) {
  if (!ok())
    goto done;
  v.LoadAd(AdRequest());
done:
  v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void loops(AdView &v, int n) {
  for (int i = 0; i < n; ++i) {
    if (!ok())
      continue;
    v.LoadAd(AdRequest());
  }
  while (true) {
    if (!ok())
      break;
    v.LoadAd(AdRequest());
  }
  for (int i = 0; i < n; ++i) {
    v.LoadAd(AdRequest());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
    if (!ok())
      break;
  }
  while (!ok()) {
  }
  v.LoadAd(AdRequest());
}

void throwGuard(AdView &v) {
  if (!ok())
    throw 1;
  v.LoadAd(AdRequest());
}

void shortCircuit(AdView &v) {
  if (isPremium() && ok())
    v.LoadAd(AdRequest());
  if (isPremium() || ok())
    v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
  if (isPremium() && !ok())
    return;
  v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void ternary(AdView &v) {
  ok() ? (void)v.LoadAd(AdRequest()) : (void)0;
  ok() ? (void)0 : (void)v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void nested(AdView &v, bool level) {
  if (level) {
    if (ok()) {
      if (isPremium())
        return;
      v.LoadAd(AdRequest());
    }
  }
}

void polarity(AdView &v) {
  if (ok() == false)
    return;
  v.LoadAd(AdRequest());
}

void polarityInverted(AdView &v) {
  if (ok() != true)
    v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void inverted(AdView &v) {
  // Ads switched on when the user said no: ungated.
  if (!ok())
    v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

void order(AdView &v) {
  // A check made after the call does not gate it.
  v.LoadAd(AdRequest());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: a consent check for advertising is made here, after the call
  if (!ok())
    return;
}
