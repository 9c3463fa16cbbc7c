#pragma clang system_header
// Mock of firebase-cpp-sdk's gma/rewarded_ad.h, declarations written from
// the public API signatures.
#pragma once
#include "firebase/future.h"
namespace firebase {
namespace gma {
class AdRequest;
struct AdResult;
typedef void *AdParent;
class UserEarnedRewardListener {
public:
  virtual ~UserEarnedRewardListener();
};
class RewardedAd {
public:
  struct ServerSideVerificationOptions {
    const char *custom_data;
    const char *user_id;
  };
  RewardedAd();
  Future<void> Initialize(AdParent parent);
  Future<AdResult> LoadAd(const char *ad_unit_id, const AdRequest &request);
  Future<void> Show(UserEarnedRewardListener *listener);
  Future<void> Destroy();
  void SetServerSideVerificationOptions(const ServerSideVerificationOptions &options);
};
} // namespace gma
} // namespace firebase
