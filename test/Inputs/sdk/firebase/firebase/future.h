#pragma clang system_header
// Mock of firebase-cpp-sdk's future.h.
#pragma once
namespace firebase {
enum FutureStatus { kFutureStatusComplete, kFutureStatusPending, kFutureStatusInvalid };
template <typename T> class Future {
public:
  template <typename F> void OnCompletion(F callback) const {}
  FutureStatus status() const;
  int error() const;
  const char *error_message() const;
  const T *result() const;
};
template <> class Future<void> {
public:
  template <typename F> void OnCompletion(F callback) const {}
  FutureStatus status() const;
  int error() const;
  const char *error_message() const;
  const void *result() const;
};
} // namespace firebase
