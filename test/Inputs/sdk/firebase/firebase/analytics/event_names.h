#pragma clang system_header
// Mock of the event names the Firebase C++ SDK generates (documented
// values), declarations written by us.
#pragma once
namespace firebase {
namespace analytics {
static const char *const kEventAddPaymentInfo = "add_payment_info";
static const char *const kEventAddToCart = "add_to_cart";
static const char *const kEventAddToWishlist = "add_to_wishlist";
static const char *const kEventAppOpen = "app_open";
static const char *const kEventBeginCheckout = "begin_checkout";
static const char *const kEventEarnVirtualCurrency = "earn_virtual_currency";
static const char *const kEventGenerateLead = "generate_lead";
static const char *const kEventJoinGroup = "join_group";
static const char *const kEventLevelEnd = "level_end";
static const char *const kEventLevelStart = "level_start";
static const char *const kEventLevelUp = "level_up";
static const char *const kEventLogin = "login";
static const char *const kEventPostScore = "post_score";
static const char *const kEventPurchase = "purchase";
static const char *const kEventRefund = "refund";
static const char *const kEventScreenView = "screen_view";
static const char *const kEventSearch = "search";
static const char *const kEventSelectContent = "select_content";
static const char *const kEventSelectItem = "select_item";
static const char *const kEventShare = "share";
static const char *const kEventSignUp = "sign_up";
static const char *const kEventSpendVirtualCurrency = "spend_virtual_currency";
static const char *const kEventTutorialBegin = "tutorial_begin";
static const char *const kEventTutorialComplete = "tutorial_complete";
static const char *const kEventUnlockAchievement = "unlock_achievement";
static const char *const kEventViewItem = "view_item";
static const char *const kEventViewItemList = "view_item_list";
static const char *const kEventViewSearchResults = "view_search_results";
} // namespace analytics
} // namespace firebase
