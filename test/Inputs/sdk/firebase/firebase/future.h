// Mock of firebase-cpp-sdk's future.h.
#pragma clang system_header
#pragma once
namespace firebase {
template <typename T> class Future {
public:
  template <typename F> void OnCompletion(F callback) const {}
};
} // namespace firebase
