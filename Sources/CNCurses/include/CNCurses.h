#ifndef CNCURSES_H
#define CNCURSES_H

// Wide-character ncurses: must be defined before the header is read.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <wchar.h>

/// The standard screen; Swift 6 refuses the global `stdscr` as shared mutable state.
static inline WINDOW *cn_stdscr(void) { return stdscr; }

/// The attribute for colour pair `n` (`COLOR_PAIR` is a macro).
static inline int cn_color_pair(short n) { return (int)COLOR_PAIR(n); }

/// The terminal's current height in rows (`getmaxy` may be a macro).
static inline int cn_rows(void) { return getmaxy(stdscr); }

/// The terminal's current width in columns (`getmaxx` may be a macro).
static inline int cn_columns(void) { return getmaxx(stdscr); }

/// How many colours the terminal has (`COLORS` is a global).
static inline int cn_colors(void) { return COLORS; }

/// Bits of `cn_set_style`'s `attributes`, matching TerminalUI's `CellAttributes`.
enum {
  CN_BOLD = 1 << 0,
  CN_REVERSE = 1 << 1,
  CN_DIM = 1 << 2,
  CN_UNDERLINE = 1 << 3,
};

/// Sets the attributes and colour pair for the next writes to the standard screen; the `A_*`
/// constants are macros Swift cannot import.
static inline void cn_set_style(unsigned attributes, short pair) {
  attr_t bits = A_NORMAL;
  if (attributes & CN_BOLD) bits |= A_BOLD;
  if (attributes & CN_REVERSE) bits |= A_REVERSE;
  if (attributes & CN_DIM) bits |= A_DIM;
  if (attributes & CN_UNDERLINE) bits |= A_UNDERLINE;
  wattr_set(stdscr, bits, pair, NULL);
}

/// Writes `count` wide characters at `row`, `column` of the standard screen.
static inline int cn_put(int row, int column, const wchar_t *text, int count) {
  return mvwaddnwstr(stdscr, row, column, text, count);
}

/// Moves the standard screen's cursor, where the terminal cursor shows after `doupdate`.
static inline int cn_move(int row, int column) { return wmove(stdscr, row, column); }

/// Marks the whole terminal as unknown so the next update repaints every cell (`curscr` is a
/// global).
static inline int cn_invalidate(void) { return clearok(curscr, TRUE); }

/// What `cn_read` found.
enum {
  CN_READ_NONE = 0,       ///< Nothing arrived before the timeout (or a signal interrupted).
  CN_READ_CHARACTER = 1,  ///< `*value` is a Unicode scalar.
  CN_READ_KEY_CODE = 2,   ///< `*value` is an ncurses `KEY_*` code.
};

/// Reads one character or key code from the standard screen, waiting up to `timeout_ms`
/// milliseconds (0: only what is already there).
static inline int cn_read(int timeout_ms, unsigned *value) {
  wint_t ch = 0;
  wtimeout(stdscr, timeout_ms);
  int result = wget_wch(stdscr, &ch);
  if (result == ERR) return CN_READ_NONE;
  *value = (unsigned)ch;
  return result == KEY_CODE_YES ? CN_READ_KEY_CODE : CN_READ_CHARACTER;
}

/// Reads one byte or key code from the standard screen, waiting up to `timeout_ms`
/// milliseconds: for locales that are not UTF-8, where `wget_wch` swallows the input after a
/// byte the locale cannot decode while it waits for the rest of a character.
static inline int cn_read_byte(int timeout_ms, unsigned *value) {
  wtimeout(stdscr, timeout_ms);
  int result = wgetch(stdscr);
  if (result == ERR) return CN_READ_NONE;
  *value = (unsigned)result;
  return result >= KEY_MIN ? CN_READ_KEY_CODE : CN_READ_CHARACTER;
}

/// Whether the terminal behind `fd` has gone away (its window was closed): poll reports it hung
/// up or failed. A read then finds nothing at once, forever, so the caller must stop reading.
int cn_terminal_hung_up(int fd);

/// The character byte `byte` stands for in the current single-byte locale, or -1.
int cn_btowc(int byte);

/// Starts ncurses on a terminal; NULL streams mean standard output and input (globals Swift 6
/// refuses), NULL `type` means `$TERM`. Returns NULL when the terminal is unknown.
SCREEN *cn_newterm(const char *type, FILE *output, FILE *input);

/// Sends the standard screen's changes to the terminal, as `doupdate`, after moving the cursor
/// back to where ncurses believes it is if `cn_echo_typed` moved it since.
void cn_update(void);
/// Moves the terminal's cursor back to where ncurses believes it is, if `cn_echo_typed` moved it
/// since the last update; before anything else of ncurses' writes to the terminal (`endwin`).
void cn_sync_cursor(void);
/// Puts on the terminal, past ncurses' update, the character just written to the standard
/// screen at `row`, `column`, and shows the cursor at `cursor_row`, `cursor_column`, keeping
/// ncurses' record of the screen in step. Only for plain printable ASCII typed where the
/// terminal's cursor is, the cursor moving one cell right; returns 0, having sent nothing, for
/// anything else (the caller then updates as usual).
int cn_echo_typed(int row, int column, int cursor_row, int cursor_column);
/// Writes `text` straight to the terminal behind `output` (NULL: standard output), past
/// ncurses' buffer, for modes ncurses knows nothing of; returns 0 on success.
int cn_write_terminal(FILE *output, const char *text);

/// Sets the locale from the environment, as ncurses needs before it starts to read and write
/// UTF-8.
void cn_use_environment_locale(void);

/// Whether the current locale's character set is UTF-8.
int cn_locale_is_utf8(void);

/// Cells the C library says `scalar` takes in the current locale: -1 when it cannot be shown.
int cn_wcwidth(unsigned scalar);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal, without
/// SA_RESTART so a blocking read wakes up.
void cn_install_exit_signal_handlers(void);

/// The exit signal recorded since the last call, cleared; 0 when there was none.
int cn_take_exit_signal(void);

/// Installs a SIGTSTP handler that only records the request, for the full-screen loop to act on
/// with `cn_suspend_terminal`; ncurses then leaves SIGTSTP alone.
void cn_install_suspend_handler(void);

/// Whether SIGTSTP arrived since the last call, cleared.
int cn_take_suspend_request(void);

/// Restores the terminal (endwin, bracketed paste off), stops the process until SIGCONT, then
/// turns bracketed paste back on; the next refresh restores the screen.
void cn_suspend_terminal(void);

#endif
