#include "consent.h"
#include "game.h"
#include <firebase/analytics.h>

namespace game {

void logSessionStart() {
  firebase::analytics::LogEvent("session_start"); // Reported: no check.
}

void logLevelUp(int level) {
  if (ConsentManager::instance().granted(Purpose::Analytics))
    firebase::analytics::LogEvent("level_up", "level", level > 9 ? "10+" : "1-9");
}

void identifyPlayer(const char *playerId) {
  // Reported: ad consent does not cover analytics.
  if (ConsentManager::instance().granted(Purpose::Ads))
    firebase::analytics::SetUserId(playerId);
}

} // namespace game
