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
};
} // namespace gma
} // namespace firebase
