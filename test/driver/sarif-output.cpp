// SARIF: one run, repo-relative URIs with %SRCROOT%, rules with help and
// helpUri, results with regions, fingerprints, rule-pack properties and
// code flows for findings reached through calls.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %expect_exit 1 %consentlint --quiet --format=sarif -o %t/out.sarif --source-root=%S --category=privacy --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase
// RUN: %python -m json.tool --sort-keys %t/out.sarif | %FileCheck %s
#include <firebase/analytics.h>
static void send() { firebase::analytics::LogEvent("x"); }
int main() { send(); }
// CHECK: "$schema": "https://json.schemastore.org/sarif-2.1.0.json"
// CHECK: "runs": [
// CHECK: "automationDetails": {
// CHECK-NEXT: "id": "privacy/"
// CHECK: "columnKind": "utf16CodeUnits"
// CHECK: "originalUriBaseIds": {
// CHECK-NEXT: "%SRCROOT%": {
// CHECK-NEXT: "uri": "file:///{{.*}}/test/driver/"
// CHECK: "results": [
// CHECK: "codeFlows": [
// CHECK: "message": {
// CHECK-NEXT: "text": "'main' is an entry point (main)."
// CHECK: "text": "'send' is called from 'main' without a consent check for analytics."
// CHECK: "level": "warning",
// CHECK: "uri": "sarif-output.cpp",
// CHECK-NEXT: "uriBaseId": "%SRCROOT%"
// CHECK: "region": {
// CHECK-NEXT: "endColumn": 56,
// CHECK-NEXT: "endLine": 8,
// CHECK-NEXT: "startColumn": 22,
// CHECK-NEXT: "startLine": 8
// CHECK: "partialFingerprints": {
// CHECK-NEXT: "consentlint/v1": "{{[0-9a-f]+}}",
// CHECK-NEXT: "primaryLocationLineHash": "{{[0-9a-f]+}}:1"
// CHECK: "consentlint/rule": "analytics.firebase.log-event",
// CHECK: "ruleId": "consent-analytics-sdk",
// CHECK: "helpUri": "https://github.com/consentlint/consentlint/blob/main/docs/checks/consent-ad-sdk.md",
// CHECK: "version": "2.1.0"
