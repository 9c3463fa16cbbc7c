// RUN: %check_consentlint %s consent-analytics-sdk --config-file=%inputs/config/acme.consentlint.yaml -- -isystem %S/Inputs/framework
// Calls through a project interface reach every override: an override is
// gated when every call of the methods it overrides is gated.
#include <acme/consent.h>
#include <firebase/analytics.h>
#include <ui/widget.h>

using acme::consent::Purpose;

class Tracker {
public:
  virtual ~Tracker() = default;
  virtual void track(const char *event) = 0;
};

class FirebaseTracker : public Tracker {
public:
  void track(const char *event) override { firebase::analytics::LogEvent(event); }
};

class VerboseTracker : public FirebaseTracker {
public:
  void track(const char *event) override { firebase::analytics::LogEvent(event); }
};

void report(Tracker &t) {
  if (acme::consent::granted(Purpose::Analytics))
    t.track("level_up");
}

class Identity {
public:
  virtual ~Identity() = default;
  virtual void identify(const char *id) = 0;
};

class FirebaseIdentity : public Identity {
public:
  void identify(const char *id) override { firebase::analytics::SetUserId(id); }
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: call to 'firebase::analytics::SetUserId' {{.*}} [consent-analytics-sdk]
  // CHECK-MESSAGES: :[[@LINE+8]]:3: note: 'FirebaseIdentity::identify' is called from 'login' without a consent check for analytics
};

void settings(Identity &i) {
  if (acme::consent::granted(Purpose::Analytics))
    i.identify("a");
}
void login(Identity &i) {
  i.identify("b"); // One ungated call through the interface is enough.
}

// An override of a framework method is called by the framework: an entry.
class Screen : public ui::Widget {
public:
  void showEvent() override { firebase::analytics::LogEvent("screen_view"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: call to 'firebase::analytics::LogEvent' {{.*}} [consent-analytics-sdk]
};

void show(Screen &s) {
  if (acme::consent::granted(Purpose::Analytics))
    s.showEvent();
}
