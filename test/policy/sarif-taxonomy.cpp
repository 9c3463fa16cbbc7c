// The policy in SARIF: a run.taxonomies entry (name, version = content hash,
// sections as taxa), result.taxa, a privacy-policy/<section> tag and the
// section in the message. policy.language picks the German titles; a
// policy.map override wins over the score; an override to a section that
// does not exist is a warning and is ignored.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %expect_exit 1 %consentlint --quiet --format=sarif -o %t/out.sarif --source-root=%S --config-file=%inputs/policies/german.consentlint.yaml %s -- -isystem %sdk/firebase 2> %t/err.txt
// RUN: %FileCheck %s --check-prefix=WARN < %t/err.txt
// RUN: %python -m json.tool --sort-keys %t/out.sarif | %FileCheck %s
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]; ids={t['id'] for t in r['taxonomies'][0]['taxa']}; sys.exit(not all(x['taxa'][0]['id'] in ids for x in r['results']))" %t/out.sarif
#include <firebase/analytics.h>
#include <firebase/gma.h>

void track() { firebase::analytics::LogEvent("x"); }
void ads(firebase::gma::AdView &V) { V.LoadAd(firebase::gma::AdRequest()); }

// WARN: five-languages.txt: warning: policy.map maps 'children' to section '99', which the policy does not have; the override is ignored (see 'consentlint policy outline')

// CHECK: "results": [
// CHECK: "text": "call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics (privacy policy \u00a74 \"Analyse und Nutzungsdaten\")."
// CHECK: "consentlint/policySection": "4",
// CHECK: "tags": [
// CHECK-NEXT: "privacy-policy/4"
// CHECK: "taxa": [
// CHECK-NEXT: {
// CHECK-NEXT: "id": "4",
// CHECK-NEXT: "toolComponent": {
// CHECK-NEXT: "name": "privacy-policy"
// CHECK: "text": "call to 'firebase::gma::AdView::LoadAd' requests an ad from Google Mobile Ads without a consent check for advertising (privacy policy \u00a72.2 \"Ger\u00e4teinformationen\")."
// CHECK: "taxonomies": [
// CHECK: "name": "privacy-policy",
// CHECK: "text": "Sections of the project's privacy policy (de)."
// CHECK: "taxa": [
// CHECK-NEXT: {
// CHECK-NEXT: "id": "1",
// CHECK-NEXT: "name": "Wer wir sind",
// CHECK: "id": "3.1",
// CHECK-NEXT: "name": "Funktionen sozialer Medien und Single Sign-on",
// CHECK: "version": "{{[0-9a-f]+}}"
// Each rule relates to the sections its results were mapped to.
// RUN: %python -c "import json,sys; r=json.load(open(sys.argv[1]))['runs'][0]; rel={x['id']: sorted(t['target']['id'] for t in x.get('relationships', [])) for x in r['tool']['driver']['rules']}; print(rel['consent-analytics-sdk'], rel['consent-ad-sdk'])" %t/out.sarif | %FileCheck %s --check-prefix=REL
// REL: ['4'] ['2.2']
