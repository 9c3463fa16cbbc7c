// policy-undisclosed-practice: code that shows ads while the policy has no
// section on advertising. Reported once per practice, at its first location
// (here a call that is gated by consent and so is no consent finding), naming
// the vendor and the practice. Analytics is disclosed (section 1) and mapped.
// RUN: %expect_exit 1 %consentlint --quiet --no-source --config-file=%inputs/config/acme.consentlint.yaml --policy=%inputs/policies/analytics-only.md %s -- -isystem %sdk/firebase -isystem %sdk/acme | %FileCheck %s --implicit-check-not="warning:"
// RUN: %expect_exit 1 %consentlint --quiet --no-source --checks=-*,consent-* --config-file=%inputs/config/acme.consentlint.yaml --policy=%inputs/policies/analytics-only.md %s -- -isystem %sdk/firebase -isystem %sdk/acme | %FileCheck %s --check-prefix=OFF
#include <acme/consent.h>
#include <firebase/analytics.h>
#include <firebase/gma.h>

void showBanner(firebase::gma::AdView &View) {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    View.LoadAd(firebase::gma::AdRequest());
  // CHECK: undisclosed.cpp:[[@LINE-1]]:5: warning: Google Mobile Ads practice 'shows-ads' is not disclosed in the privacy policy: no section covers advertising [policy-undisclosed-practice]
  // CHECK-NEXT: note: privacy policy '{{.*}}analytics-only.md' (en) has no section on advertising; describe the practice there, or map the topic with policy.map
  // CHECK-NEXT: note: the same practice occurs at 1 other location(s)
}

void showAgain(firebase::gma::AdView &View) {
  View.LoadAd(firebase::gma::AdRequest());
  // CHECK: undisclosed.cpp:[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising [consent-ad-sdk]
  // CHECK-NOT: covered by privacy policy
}

void track() {
  firebase::analytics::LogEvent("level_up");
  // CHECK: undisclosed.cpp:[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
  // CHECK: note: covered by privacy policy §1 "Analytics"
}

// OFF-NOT: policy-undisclosed-practice
// OFF: warning: call to 'firebase::gma::AdView::LoadAd'
// OFF: covered by privacy policy §1 "Analytics"
