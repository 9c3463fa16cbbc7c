// The game's consent manager, wrapping Google's User Messaging Platform.
#pragma once

namespace game {
enum class Purpose { Ads, Analytics };

class ConsentManager {
public:
  static ConsentManager &instance();
  /// Shows the consent form when the user has not answered yet.
  void request();
  /// Declared as a consent gate in examples/.consentlint.yaml.
  bool granted(Purpose purpose) const;
};
} // namespace game
