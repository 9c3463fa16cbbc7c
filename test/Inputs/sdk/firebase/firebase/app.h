#pragma clang system_header
// Mock of firebase-cpp-sdk's app.h: declarations written from the public
// API signatures, enough for projects that create an App and initialise
// modules with it.
#pragma once
#include "firebase/future.h"
namespace firebase {
enum InitResult { kInitResultSuccess = 0, kInitResultFailedMissingDependency };
class AppOptions {
public:
  AppOptions();
  AppOptions &set_app_id(const char *id);
  AppOptions &set_api_key(const char *key);
  AppOptions &set_project_id(const char *id);
  AppOptions &set_database_url(const char *url);
  AppOptions &set_storage_bucket(const char *bucket);
  AppOptions &set_messaging_sender_id(const char *id);
  const char *app_id() const;
  const char *project_id() const;
};
class App {
public:
  ~App();
  static App *Create();
  static App *Create(const AppOptions &options);
  static App *Create(const AppOptions &options, const char *name);
  static App *GetInstance();
  static App *GetInstance(const char *name);
  const char *name() const;
  const AppOptions &options() const;
  void SetDataCollectionDefaultEnabled(bool enabled);
  bool IsDataCollectionDefaultEnabled() const;
};
class ModuleInitializer {
public:
  typedef InitResult (*InitializerFn)(App *app, void *context);
  ModuleInitializer();
  ~ModuleInitializer();
  Future<void> Initialize(App *app, void *context, InitializerFn init_fn);
  Future<void> InitializeLastResult();
};
} // namespace firebase
