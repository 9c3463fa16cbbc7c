#pragma clang system_header
#pragma once
#include "firebase/future.h"
namespace firebase {
class App;
namespace ump {
enum ConsentStatus {
  kConsentStatusUnknown = 0,
  kConsentStatusRequired,
  kConsentStatusNotRequired,
  kConsentStatusObtained
};
struct ConsentRequestParameters {
  bool tag_for_under_age_of_consent = false;
};
typedef void *FormParent;
class ConsentInfo {
public:
  static ConsentInfo *GetInstance(const App &app);
  static ConsentInfo *GetInstance();
  ConsentStatus GetConsentStatus();
  Future<void> RequestConsentInfoUpdate(const ConsentRequestParameters &params);
  Future<void> LoadAndShowConsentFormIfRequired(FormParent parent);
  bool CanRequestAds();
};
} // namespace ump
} // namespace firebase
