#pragma clang system_header
// Mock of firebase-cpp-sdk's analytics.h, written from the public API
// signatures (analytics/src/include/firebase/analytics.h).
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <map>
#include <string>
#include <vector>
#include "firebase/app.h"
#include "firebase/future.h"
#include "firebase/analytics/event_names.h"
#include "firebase/analytics/parameter_names.h"
#include "firebase/analytics/user_property_names.h"
namespace firebase {
class Variant {
public:
  Variant();
  Variant(int v);
  Variant(int64_t v);
  Variant(double v);
  Variant(bool v);
  Variant(const char *v);
  Variant(const std::string &v);
};
namespace analytics {
struct Parameter {
  Parameter() : name(nullptr) {}
  Parameter(const char *parameter_name, Variant parameter_value);
  Parameter(const char *parameter_name, const char *parameter_value);
  const char *name;
  Variant value;
};
void Initialize(const App &app);
void Terminate();
void SetAnalyticsCollectionEnabled(bool enabled);
enum ConsentType { kConsentTypeAdStorage = 0, kConsentTypeAnalyticsStorage, kConsentTypeAdUserData, kConsentTypeAdPersonalization };
enum ConsentStatus { kConsentStatusGranted = 0, kConsentStatusDenied };
void SetConsent(const std::map<ConsentType, ConsentStatus> &consent_settings);
void LogEvent(const char *name);
void LogEvent(const char *name, const char *parameter_name, const char *parameter_value);
void LogEvent(const char *name, const char *parameter_name, const double parameter_value);
void LogEvent(const char *name, const char *parameter_name, const int64_t parameter_value);
void LogEvent(const char *name, const char *parameter_name, const int parameter_value);
void LogEvent(const char *name, const Parameter *parameters, size_t number_of_parameters);
void LogEvent(const char *name, const std::vector<Parameter> &parameters);
void SetDefaultEventParameters(const Parameter *parameters, size_t number_of_parameters);
void InitiateOnDeviceConversionMeasurementWithEmailAddress(const char *email_address);
void InitiateOnDeviceConversionMeasurementWithPhoneNumber(const char *phone_number);
void InitiateOnDeviceConversionMeasurementWithHashedEmailAddress(std::vector<unsigned char> hashed_email_address);
void InitiateOnDeviceConversionMeasurementWithHashedPhoneNumber(std::vector<unsigned char> hashed_phone_number);
void SetUserProperty(const char *name, const char *property);
void SetUserId(const char *user_id);
void SetSessionTimeoutDuration(int64_t milliseconds);
void ResetAnalyticsData();
Future<std::string> GetAnalyticsInstanceId();
Future<std::string> GetAnalyticsInstanceIdLastResult();
Future<int64_t> GetSessionId();
} // namespace analytics
} // namespace firebase
