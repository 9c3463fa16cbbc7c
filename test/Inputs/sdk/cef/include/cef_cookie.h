// Mock of CEF's include/cef_cookie.h (chromiumembedded/cef).
#pragma clang system_header
#pragma once
template <class T> class CefRefPtr {
public:
  CefRefPtr(T *p = nullptr);
  T *operator->() const;
};
class CefString {
public:
  CefString(const char *s);
};
struct CefCookie {
  int secure;
  int httponly;
};
class CefSetCookieCallback {};
class CefDeleteCookiesCallback {};
class CefCompletionCallback {};
class CefCookieManager {
public:
  static CefRefPtr<CefCookieManager> GetGlobalManager(CefRefPtr<CefCompletionCallback> callback);
  virtual bool SetCookie(const CefString &url, const CefCookie &cookie, CefRefPtr<CefSetCookieCallback> callback) = 0;
  virtual bool DeleteCookies(const CefString &url, const CefString &cookie_name, CefRefPtr<CefDeleteCookiesCallback> callback) = 0;
  virtual bool FlushStore(CefRefPtr<CefCompletionCallback> callback) = 0;
};
