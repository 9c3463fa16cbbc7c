#pragma clang system_header
#pragma once
#include <drogon/HttpResponse.h>
