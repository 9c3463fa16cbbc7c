// A project's own consent API, as tests declare it in
// Inputs/config/acme.consentlint.yaml.
#pragma clang system_header
#pragma once
#ifdef __cplusplus
namespace acme {
namespace consent {
enum class Purpose { Ads, Analytics, Functional, Location };
bool granted(Purpose p);
bool hasConsent(const char *purpose);
bool gdprApplies();
} // namespace consent
} // namespace acme
#endif
#ifdef __OBJC__
@interface ACMEConsent : NSObject
+ (BOOL)analyticsAllowed;
@end
#endif
