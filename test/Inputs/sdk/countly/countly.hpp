#pragma clang system_header
// Mock of the Countly C++ SDK (include/countly.hpp), declarations only,
// written from its public API signatures.
#include <map>
#include <string>
namespace cly {
class Event {
public:
  Event(const std::string &key, int count);
};
class ViewsModule {
public:
  std::string openView(const std::string &name,
                       const std::map<std::string, std::string> &segmentation = {});
  void closeViewWithID(const std::string &viewId);
};
class CrashModule {
public:
  void addBreadcrumb(const std::string &value);
};
class Countly {
public:
  static Countly &getInstance();
  void setDeviceID(const std::string &value, bool same_user = false);
  void start(const std::string &app_key, const std::string &host, int port = 0,
             bool start_thread = false);
  void stop();
  void setUpdateInterval(unsigned long milliseconds);
  void RecordEvent(const std::string &key, int count);
  void addEvent(const Event &event);
  void setUserDetails(const std::map<std::string, std::string> &value);
  ViewsModule &views();
  CrashModule &crash();
};
} // namespace cly
