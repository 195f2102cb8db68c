// The shim is header-only; this file gives SwiftPM a translation unit to build.
#include "CNCurses.h"
