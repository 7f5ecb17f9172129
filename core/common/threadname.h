#pragma once

namespace linda {

// Names the calling thread as top, gdb and /proc/PID/task/TID/comm show it.
// Linux keeps the first 15 bytes. Does nothing on other systems.
void setCurrentThreadName(const char *name);

} // namespace linda
