// Suppression comments (clang-tidy syntax) with globs and reasons. Check
// lines spell the keyword as NO{{LINT}} so they do not suppress anything.
// RUN: %expect_exit 1 %consentlint --quiet --no-source %s -- -isystem %sdk/firebase | %FileCheck %s --check-prefix=TEXT --implicit-check-not=warning:
// RUN: %expect_exit 1 %consentlint --quiet --no-source --require-justification %s -- -isystem %sdk/firebase | %FileCheck %s --check-prefix=JUST
// RUN: %expect_exit 1 %consentlint --quiet --format=sarif %s -- -isystem %sdk/firebase > %t.default.sarif
// RUN: %expect_exit 1 %consentlint --quiet --format=sarif --include-suppressed %s -- -isystem %sdk/firebase > %t.all.sarif
// RUN: %python -c "import json,sys; rs=json.load(open(sys.argv[1]))['runs'][0]['results']; print(len(rs), sum('suppressions' in r for r in rs))" %t.default.sarif | %FileCheck %s --check-prefix=DEFAULT
// RUN: %FileCheck %s --check-prefix=SARIF --input-file=%t.all.sarif
#include <firebase/analytics.h>
#include <firebase/gma.h>

void ads(firebase::gma::AdView *v, const firebase::gma::AdRequest &r) {
  v->LoadAd(r); // NOLINT(consent-ad-sdk): house ads only, no personal data
  v->LoadAd(r); // NOLINT
  // NOLINTNEXTLINE(consent-*, -consent-analytics-sdk): contextual ads, see DPIA-12
  v->LoadAd(r);
  v->LoadAd(r); // NOLINT(consent-analytics-sdk): wrong check, not suppressed
  // TEXT: suppressions.cpp:[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
  v->LoadAd(r); /* NOLINT(ads.*): by rule id glob */
  v->LoadAd(r); // NOLINTNEXTLINE(consent-ad-sdk): a next-line comment on this line does not cover it
  // TEXT: suppressions.cpp:[[@LINE-1]]:3: warning: call to 'firebase::gma::AdView::LoadAd' {{.*}} [consent-ad-sdk]
}

// NOLINTBEGIN(consent-analytics-sdk): analytics of the crash reporter, consented at install
void analytics() {
  firebase::analytics::LogEvent("a");
  firebase::analytics::LogEvent("b");
}
// NOLINTEND(consent-analytics-sdk)

void after() {
  firebase::analytics::LogEvent("c");
  // TEXT: suppressions.cpp:[[@LINE-1]]:3: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
}

// A stray end is an error: it suppresses nothing and says so.
// NOLINTEND(consent-cookie)
// TEXT: suppressions.cpp:[[@LINE-1]]:4: error: unmatched 'NO{{LINT}}END' comment without a previous 'NO{{LINT}}BEGIN' comment with the same checks [consentlint-nolint]

// Only the bare comment on line 14 lacks a reason.
// JUST: suppressions.cpp:14:20: warning: NO{{LINT}} suppresses 'consent-ad-sdk' without a justification; give the reason after a colon, e.g. '// NO{{LINT}}(consent-ad-sdk): <why this is compliant>' [consentlint-nolint]
// JUST-NOT: justification;
// JUST: error: unmatched 'NO{{LINT}}END'

// Default SARIF leaves suppressed results out; --include-suppressed keeps
// them with kind and justification.
// DEFAULT: 4 0
// SARIF: "justification": "house ads only, no personal data",
// SARIF-NEXT: "kind": "inSource",
// SARIF-NEXT: "status": "accepted"
// SARIF: "kind": "inSource",
// SARIF: "justification": "contextual ads, see DPIA-12",
// SARIF: "justification": "by rule id glob",
// SARIF: "justification": "analytics of the crash reporter, consented at install",
// SARIF: "justification": "analytics of the crash reporter, consented at install",
