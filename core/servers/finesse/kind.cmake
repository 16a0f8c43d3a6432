# The Finesse kind takes its call state from the notification service over WebSocket when Qt
# WebSockets is there (Debian: qt6-websockets-dev); without it the kind polls.
if(TARGET Qt6::WebSockets)
    target_link_libraries(recbar_core PRIVATE Qt6::WebSockets)
    target_compile_definitions(recbar_core PRIVATE RECBAR_HAVE_WEBSOCKETS)
else()
    message(STATUS "Qt WebSockets not found: Finesse call state will be polled, not pushed")
    list(REMOVE_ITEM RECBAR_SERVER_KINDS
         ${CMAKE_CURRENT_LIST_DIR}/FinesseNotifications.cpp
         ${CMAKE_CURRENT_LIST_DIR}/FinesseNotifications.h)
endif()
