// RUN: %check_consentlint %s consent-analytics-sdk --experimental --config-file=%inputs/config/acme.consentlint.yaml
#include <Interfaces/IAnalyticsProvider.h>
#include <acme/consent.h>

using acme::consent::Purpose;

// A provider plugin: its overrides are analytics too.
class FMyProvider : public IAnalyticsProvider {
public:
  bool StartSession() override;
  void EndSession() override;
  void FlushEvents() override;
  void SetUserID(const FString &InUserID) override;
  void RecordEvent(const FString &EventName, const TArray<FAnalyticsEventAttribute> &Attributes) override;
};

void ungated(IAnalyticsProvider *Provider, FMyProvider *Mine) {
  Provider->StartSession();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'IAnalyticsProvider::StartSession' starts an analytics session without a consent check for analytics [consent-analytics-sdk]
  Mine->RecordEvent("LevelComplete", {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'FMyProvider::RecordEvent' records an analytics event without a consent check for analytics [consent-analytics-sdk]
  Provider->SetUserID("42");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'IAnalyticsProvider::SetUserID' sends a user identifier to the analytics provider without a consent check for analytics [consent-analytics-sdk]
}

void gated(IAnalyticsProvider *Provider) {
  if (acme::consent::granted(Purpose::Analytics))
    Provider->RecordEvent("LevelComplete", {});
  Provider->EndSession();
}
