/* Mock of the Windows headers consentlint's tests need (winbase.h,
   iphlpapi.h, secext.h). */
#pragma clang system_header
#pragma once
typedef unsigned long ULONG, DWORD, *PULONG, *LPDWORD;
typedef int BOOL;
typedef char *LPSTR;
typedef unsigned short *LPWSTR;
typedef void *PVOID;
typedef struct _IP_ADAPTER_INFO *PIP_ADAPTER_INFO;
typedef struct _IP_ADAPTER_ADDRESSES *PIP_ADAPTER_ADDRESSES;
typedef enum { NameUnknown = 0, NameSamCompatible = 2, NameDisplay = 3 } EXTENDED_NAME_FORMAT;
#ifdef __cplusplus
extern "C" {
#endif
ULONG GetAdaptersInfo(PIP_ADAPTER_INFO AdapterInfo, PULONG SizePointer);
ULONG GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved, PIP_ADAPTER_ADDRESSES AdapterAddresses, PULONG SizePointer);
BOOL GetUserNameA(LPSTR lpBuffer, LPDWORD pcbBuffer);
BOOL GetUserNameW(LPWSTR lpBuffer, LPDWORD pcbBuffer);
BOOL GetUserNameExW(EXTENDED_NAME_FORMAT NameFormat, LPWSTR lpNameBuffer, PULONG nSize);
BOOL GetComputerNameA(LPSTR lpBuffer, LPDWORD nSize);
#ifdef __cplusplus
}
#endif
#ifdef UNICODE
#define GetUserName GetUserNameW
#else
#define GetUserName GetUserNameA
#endif
