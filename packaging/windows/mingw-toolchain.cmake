# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (posix threads, which Qt needs for
# std::thread and std::mutex). RECBAR_MINGW_SDK is the SDK build-sdk.sh made; it is searched for
# libraries and packages, the build machine only for programs (moc, rcc, lrelease: Linux Qt).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(RECBAR_MINGW_TRIPLE x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${RECBAR_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${RECBAR_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${RECBAR_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${RECBAR_MINGW_TRIPLE}-gcc-ar-posix)
set(CMAKE_RANLIB ${RECBAR_MINGW_TRIPLE}-gcc-ranlib-posix)

if(NOT RECBAR_MINGW_SDK AND DEFINED ENV{RECBAR_MINGW_SDK})
    set(RECBAR_MINGW_SDK $ENV{RECBAR_MINGW_SDK})
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES RECBAR_MINGW_SDK)
set(CMAKE_FIND_ROOT_PATH /usr/${RECBAR_MINGW_TRIPLE} ${RECBAR_MINGW_SDK})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config files of the SDK (libsndfile), never the build machine's.
set(ENV{PKG_CONFIG_LIBDIR} ${RECBAR_MINGW_SDK}/lib/pkgconfig)
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
