// Mock of firebase-cpp-sdk's analytics.h: only what consentlint's tests use,
// written from the public API signatures.
#pragma clang system_header
#pragma once
#include <stddef.h>
namespace firebase {
class App;
namespace analytics {
struct Parameter {
  const char *name;
  const char *value;
};
void Initialize(const App &app);
void LogEvent(const char *name);
void LogEvent(const char *name, const char *parameter_name, const char *parameter_value);
void LogEvent(const char *name, const Parameter *parameters, size_t number_of_parameters);
void SetUserId(const char *user_id);
void SetUserProperty(const char *name, const char *property);
void SetAnalyticsCollectionEnabled(bool enabled);
void InitiateOnDeviceConversionMeasurementWithEmailAddress(const char *email_address);
enum ConsentType { kConsentTypeAdStorage = 0, kConsentTypeAnalyticsStorage, kConsentTypeAdUserData, kConsentTypeAdPersonalization };
enum ConsentStatus { kConsentStatusGranted = 0, kConsentStatusDenied };
} // namespace analytics
} // namespace firebase
