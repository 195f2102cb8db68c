#ifndef CNCURSES_H
#define CNCURSES_H

// Wide-character ncurses: must be defined before the header is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <ncursesw/curses.h>

/// The standard screen; Swift 6 refuses the global `stdscr` as shared mutable state.
static inline WINDOW *cn_stdscr(void) { return stdscr; }

/// The attribute for colour pair `n` (`COLOR_PAIR` is a macro).
static inline int cn_color_pair(short n) { return (int)COLOR_PAIR(n); }

/// The terminal's current height in rows (`getmaxy` may be a macro).
static inline int cn_rows(void) { return getmaxy(stdscr); }

/// The terminal's current width in columns (`getmaxx` may be a macro).
static inline int cn_columns(void) { return getmaxx(stdscr); }

#endif
