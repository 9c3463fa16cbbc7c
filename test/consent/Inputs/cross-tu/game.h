#pragma once
bool adsAllowed();
void afterConsentForm();
void showAd();
void showRewarded();
