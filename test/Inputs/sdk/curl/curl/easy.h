#pragma clang system_header
// Empty stand-in: in libcurl, <curl/easy.h> is included by <curl/curl.h>.
