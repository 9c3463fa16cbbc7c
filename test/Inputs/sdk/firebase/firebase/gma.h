// Mock of firebase-cpp-sdk's gma.h (GMA C++, removed upstream in 2025).
#pragma clang system_header
#pragma once
#include "firebase/app.h"
#include "firebase/future.h"
namespace firebase {
namespace gma {
struct AdapterInitializationStatus {};
// The SDK's Initialize reports a firebase::InitResult.
using ::firebase::InitResult;
using ::firebase::kInitResultSuccess;
Future<AdapterInitializationStatus> Initialize(const App &app, InitResult *init_result_out = nullptr);
Future<AdapterInitializationStatus> Initialize(InitResult *init_result_out = nullptr);
Future<AdapterInitializationStatus> InitializeLastResult();
void Terminate();
class RequestConfiguration {
public:
  enum TagForChildDirectedTreatment { kChildDirectedTreatmentUnspecified = -1, kChildDirectedTreatmentFalse = 0, kChildDirectedTreatmentTrue = 1 };
  enum TagForUnderAgeOfConsent { kUnderAgeOfConsentUnspecified = -1, kUnderAgeOfConsentFalse = 0, kUnderAgeOfConsentTrue = 1 };
  TagForChildDirectedTreatment tag_for_child_directed_treatment;
  TagForUnderAgeOfConsent tag_for_under_age_of_consent;
};
void SetRequestConfiguration(const RequestConfiguration &request_configuration);
class AdRequest {
public:
  AdRequest();
  explicit AdRequest(const char *content_url);
  void add_keyword(const char *keyword);
  void set_content_url(const char *content_url);
  void add_extra(const char *adapter_class_name, const char *extra_key, const char *extra_value);
};
struct AdResult {};
} // namespace gma
} // namespace firebase
#include "firebase/gma/ad_view.h"
#include "firebase/gma/interstitial_ad.h"
#include "firebase/gma/rewarded_ad.h"
