// CommonCrypto umbrella of the mock.
#pragma clang system_header
#pragma once
#include <CommonCrypto/CommonDigest.h>
