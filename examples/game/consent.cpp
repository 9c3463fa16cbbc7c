#include "consent.h"
#include <firebase/ump.h>

namespace game {

ConsentManager &ConsentManager::instance() {
  static ConsentManager manager;
  return manager;
}

void ConsentManager::request() {
  firebase::ump::ConsentInfo *info = firebase::ump::ConsentInfo::GetInstance();
  firebase::ump::ConsentRequestParameters params;
  info->RequestConsentInfoUpdate(params);
  info->LoadAndShowConsentFormIfRequired(nullptr);
}

bool ConsentManager::granted(Purpose purpose) const {
  firebase::ump::ConsentInfo *info = firebase::ump::ConsentInfo::GetInstance();
  if (purpose == Purpose::Ads)
    return info->CanRequestAds();
  return info->GetConsentStatus() == firebase::ump::kConsentStatusObtained;
}

} // namespace game
