// Stands in for Apple's header in the macOS syntax check: the version numbers Qt compares.
#pragma once
#define __MAC_NA 9999
#define __IPHONE_NA 99999
#define __TVOS_NA 99999
#define __WATCHOS_NA 99999
#define __MAC_10_6 1060
#define __MAC_11_0 110000
#define __MAC_12_0 120000
#define __MAC_OS_X_VERSION_MIN_REQUIRED 110000
#define __MAC_OS_X_VERSION_MAX_ALLOWED 140000
