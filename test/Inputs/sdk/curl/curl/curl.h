/* Mock of libcurl's curl.h: the cookie options only. */
#pragma clang system_header
#pragma once
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_POSTFIELDS = 10015,
  CURLOPT_COOKIE = 10022,
  CURLOPT_COOKIEFILE = 10031,
  CURLOPT_COOKIEJAR = 10082,
  CURLOPT_COOKIELIST = 10135,
  CURLOPT_USERAGENT = 10018
} CURLoption;
#ifdef __cplusplus
extern "C" {
#endif
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
#ifdef __cplusplus
}
#endif
