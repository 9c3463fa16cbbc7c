// Mock of Unreal Engine's IAnalyticsProvider (Runtime/Analytics), from the
// public API documentation; FString and attributes reduced to the minimum.
#pragma clang system_header
#pragma once
class FString {
public:
  FString(const char *s);
};
struct FAnalyticsEventAttribute {};
template <typename T> class TArray {};
class IAnalyticsProvider {
public:
  virtual ~IAnalyticsProvider();
  virtual bool StartSession() = 0;
  virtual void EndSession() = 0;
  virtual void FlushEvents() = 0;
  virtual void SetUserID(const FString &InUserID) = 0;
  virtual void RecordEvent(const FString &EventName, const TArray<FAnalyticsEventAttribute> &Attributes) = 0;
};
