// Mock of firebase-cpp-sdk's gma.h (GMA C++, removed upstream in 2025).
#pragma clang system_header
#pragma once
#include "firebase/future.h"
namespace firebase {
class App;
namespace gma {
struct AdapterInitializationStatus {};
enum InitResult { kInitResultSuccess = 0 };
Future<AdapterInitializationStatus> Initialize(const App &app, InitResult *init_result_out = nullptr);
Future<AdapterInitializationStatus> Initialize(InitResult *init_result_out = nullptr);
class AdRequest {
public:
  AdRequest();
  void add_keyword(const char *keyword);
};
struct AdResult {};
} // namespace gma
} // namespace firebase
#include "firebase/gma/ad_view.h"
#include "firebase/gma/interstitial_ad.h"
