// Mock of firebase-cpp-sdk's ump.h (firebase::ump, current namespace).
#pragma clang system_header
#pragma once
#include "firebase/ump/consent_info.h"
