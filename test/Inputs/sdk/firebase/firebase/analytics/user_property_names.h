#pragma clang system_header
// Mock of the user property names the Firebase C++ SDK generates (documented
// values), declarations written by us.
#pragma once
namespace firebase {
namespace analytics {
static const char *const kUserPropertySignUpMethod = "sign_up_method";
static const char *const kUserPropertyAllowAdPersonalizationSignals = "allow_ad_personalization_signals";
} // namespace analytics
} // namespace firebase
