// A UI framework's widget, as a system header: the framework calls its
// virtual methods itself.
#pragma clang system_header
#pragma once
namespace ui {
class Widget {
public:
  virtual ~Widget();
  virtual void showEvent();
};
} // namespace ui
