#pragma clang system_header
#pragma once
#include "firebase/future.h"
namespace firebase {
namespace gma {
class AdRequest;
struct AdResult;
typedef void *AdParent;
class InterstitialAd {
public:
  InterstitialAd();
  Future<void> Initialize(AdParent parent);
  Future<AdResult> LoadAd(const char *ad_unit_id, const AdRequest &request);
  Future<void> Show();
  Future<void> Destroy();
  Future<void> InitializeLastResult() const;
  Future<AdResult> LoadAdLastResult() const;
  Future<void> ShowLastResult() const;
};
} // namespace gma
} // namespace firebase
