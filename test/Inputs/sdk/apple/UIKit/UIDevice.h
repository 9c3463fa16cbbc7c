// Sub-header of the UIKit mock (sources test __has_include(<UIKit/UIDevice.h>)).
#pragma clang system_header
#pragma once
#import <UIKit/UIKit.h>
