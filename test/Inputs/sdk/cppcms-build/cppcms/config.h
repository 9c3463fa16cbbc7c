#pragma clang system_header
// Stand-in for the cppcms/config.h that CMake generates when CppCMS is built
// (not in the repository). Written for consentlint's corpus: a typical Linux build.
#ifndef CPPCMS_CONFIG_H
#define CPPCMS_CONFIG_H
#define CPPCMS_HAVE_STDINT_H
#define CPPCMS_HAVE_INTTYPES_H
#define CPPCMS_HAVE_ATOLL
#define CPPCMS_HAVE_STAT
#define CPPCMS_HAVE_SNPRINTF
#define CPPCMS_HAVE_CPP0X_UXSTRING
#define CPPCMS_HAS_CHAR16_T
#define CPPCMS_HAS_CHAR32_T
#define CPPCMS_HAVE_CPP_0X_AUTO
#define CPPCMS_HAVE_CPP_0X_DECLTYPE
#define CPPCMS_HAVE_ICONV
#define CPPCMS_HAVE_STD_WSTRING
#endif
