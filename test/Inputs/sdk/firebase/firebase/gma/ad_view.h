#pragma clang system_header
#pragma once
#include "firebase/future.h"
namespace firebase {
namespace gma {
class AdRequest;
struct AdResult;
class AdSize {
public:
  AdSize(int width, int height);
};
typedef void *AdParent;
class AdView {
public:
  AdView();
  Future<void> Initialize(AdParent parent, const char *ad_unit_id, const AdSize &size);
  Future<AdResult> LoadAd(const AdRequest &request);
  Future<void> Show();
  Future<void> Hide();
};
} // namespace gma
} // namespace firebase
