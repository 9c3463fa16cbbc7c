#pragma clang system_header
#pragma once
#include "firebase/future.h"
namespace firebase {
namespace gma {
class AdRequest;
struct AdResult;
class AdSize {
public:
  enum Orientation { kOrientationCurrent = 0, kOrientationLandscape, kOrientationPortrait };
  AdSize(unsigned width, unsigned height);
  static AdSize GetAnchoredAdaptiveBannerAdSize(unsigned width, Orientation orientation);
  static AdSize GetLandscapeAnchoredAdaptiveBannerAdSize(unsigned width);
  static AdSize GetPortraitAnchoredAdaptiveBannerAdSize(unsigned width);
  static AdSize GetCurrentOrientationAnchoredAdaptiveBannerAdSize(unsigned width);
  static const AdSize kBanner;
  static const AdSize kFullBanner;
  static const AdSize kLargeBanner;
  static const AdSize kLeaderboard;
  static const AdSize kMediumRectangle;
  unsigned width() const;
  unsigned height() const;
};
typedef void *AdParent;
class AdView {
public:
  AdView();
  Future<void> Initialize(AdParent parent, const char *ad_unit_id, const AdSize &size);
  Future<AdResult> LoadAd(const AdRequest &request);
  Future<void> Show();
  Future<void> Hide();
  Future<void> Destroy();
  enum Position { kPositionUndefined = -1, kPositionTop = 0, kPositionBottom, kPositionTopLeft, kPositionTopRight, kPositionBottomLeft, kPositionBottomRight };
  Future<void> SetPosition(Position position);
  Future<void> SetPosition(int x, int y);
  Future<void> InitializeLastResult() const;
  Future<AdResult> LoadAdLastResult() const;
};
} // namespace gma
} // namespace firebase
