// Stands in for Apple's header of the same name in the macOS syntax check (no Apple SDK on the
// build machine): what Qt's qsystemdetection.h reads to tell macOS from iOS.
#pragma once
#define TARGET_OS_MAC 1
#define TARGET_OS_OSX 1
#define TARGET_OS_IPHONE 0
#define TARGET_OS_IOS 0
#define TARGET_OS_TV 0
#define TARGET_OS_WATCH 0
#define TARGET_OS_VISION 0
#define TARGET_OS_SIMULATOR 0
