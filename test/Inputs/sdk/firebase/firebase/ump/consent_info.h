#pragma clang system_header
#pragma once
namespace firebase {
class App;
template <typename T> class Future {
public:
  template <typename F> void OnCompletion(F callback) const;
};
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
