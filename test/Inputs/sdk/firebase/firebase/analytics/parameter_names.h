#pragma clang system_header
// Mock of the parameter names the Firebase C++ SDK generates (documented
// values), declarations written by us.
#pragma once
namespace firebase {
namespace analytics {
static const char *const kParameterAchievementID = "achievement_id";
static const char *const kParameterCharacter = "character";
static const char *const kParameterContentType = "content_type";
static const char *const kParameterCurrency = "currency";
static const char *const kParameterGroupID = "group_id";
static const char *const kParameterItemID = "item_id";
static const char *const kParameterItemName = "item_name";
static const char *const kParameterLevel = "level";
static const char *const kParameterLevelName = "level_name";
static const char *const kParameterMethod = "method";
static const char *const kParameterPrice = "price";
static const char *const kParameterQuantity = "quantity";
static const char *const kParameterScore = "score";
static const char *const kParameterScreenClass = "screen_class";
static const char *const kParameterScreenName = "screen_name";
static const char *const kParameterSearchTerm = "search_term";
static const char *const kParameterSuccess = "success";
static const char *const kParameterValue = "value";
static const char *const kParameterVirtualCurrencyName = "virtual_currency_name";
} // namespace analytics
} // namespace firebase
