// wcwidth is an X/Open extension glibc declares only when asked.
#define _GNU_SOURCE 1

#include "CNCurses.h"

#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

// Typed characters echoed past ncurses (see cn_echo_typed): where ncurses last left the
// terminal's cursor, and how many cells to the right of it the cursor has moved since.
static int update_cursor_row = -1;
static int update_cursor_column = -1;
static int cursor_ahead = 0;
// Whether the terminal moves its cursor left with `ESC [ n D`, the one sequence the direct
// echo writes itself: -1 until checked.
static int moves_left_as_ansi = -1;

// The stream ncurses writes to; NULL for standard output.
static FILE *update_output = NULL;

// Writes `count` bytes to `descriptor`, all of them.
static int write_all(int descriptor, const char *bytes, size_t count) {
  while (count > 0) {
    ssize_t written = write(descriptor, bytes, count);
    if (written < 0) {
      // A signal recorded for the loop must not cut a sequence short.
      if (errno == EINTR) continue;
      // A terminal opened non-blocking and full: wait until it takes more, as ncurses does.
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        struct pollfd writable = {.fd = descriptor, .events = POLLOUT, .revents = 0};
        if (poll(&writable, 1, 1000) > 0) continue;
      }
      return -1;
    }
    bytes += written;
    count -= (size_t)written;
  }
  return 0;
}

// Writes `count` bytes straight to the terminal ncurses writes to.
static int write_bytes(const char *bytes, size_t count) {
  return write_all(fileno(update_output != NULL ? update_output : stdout), bytes, count);
}

SCREEN *cn_newterm(const char *type, FILE *output, FILE *input) {
  SCREEN *screen =
      newterm(type, output != NULL ? output : stdout, input != NULL ? input : stdin);
  if (screen == NULL) return NULL;
  update_output = output;
  update_cursor_row = update_cursor_column = -1;
  cursor_ahead = 0;
  moves_left_as_ansi = -1;
  // Until its first endwin, ncurses 6.4 flushes its output after every cursor movement, so a
  // frame that changes three places costs three writes to the terminal. An endwin before
  // anything is drawn puts it in the state the first refresh resumes from (tty modes set
  // later by raw() and the rest are kept), after which a frame is one write.
  endwin();
  // No check for pending input during a refresh (two polls per frame): the run loop reads
  // every key that is waiting before it draws.
  typeahead(-1);
  return screen;
}

int cn_write_terminal(FILE *output, const char *text) {
  return write_all(fileno(output != NULL ? output : stdout), text, strlen(text));
}

void cn_sync_cursor(void) {
  if (cursor_ahead <= 0) return;
  // Back to where ncurses believes the cursor is, so its next move starts from the truth.
  // Written here: ncurses' public ways to write (putp, mvcur) go through standard output's own
  // buffer, not the stream its updates write to, and would arrive out of order.
  char sequence[24];
  int length = snprintf(sequence, sizeof sequence, "\033[%dD", cursor_ahead);
  cursor_ahead = 0;
  // Unsent, ncurses would draw from the wrong column: it repaints the whole screen instead.
  if (length <= 0 || write_bytes(sequence, (size_t)length) != 0) clearok(curscr, TRUE);
}

// Where `vid_puts` sends its bytes: a sequence short enough for one write.
static char attribute_bytes[64];
static size_t attribute_count = 0;

static int keep_attribute_byte(int byte) {
  if (attribute_count < sizeof attribute_bytes) attribute_bytes[attribute_count++] = (char)byte;
  return byte;
}

void cn_update(void) {
  cn_sync_cursor();
  doupdate();
  // An update ends with the terminal's attributes and colours off, except in an ncurses built
  // for magic-cookie terminals on a terminal whose entry says it has none (xmc#0): it then
  // leaves them as its last cell had them, and a typed character echoed next must show plain.
  // ncurses tracks them, so this writes nothing when they are already off.
  attribute_count = 0;
  vid_puts(A_NORMAL, 0, NULL, keep_attribute_byte);
  int attributes_off = attribute_count == 0 || write_bytes(attribute_bytes, attribute_count) == 0;
  // doupdate leaves the terminal's cursor at curscr's, taken from newscr's, unless leaveok.
  // Where it is not known, or the attributes may still be on, nothing is echoed past ncurses.
  if (is_leaveok(newscr) || !attributes_off) {
    update_cursor_row = update_cursor_column = -1;
  } else {
    update_cursor_row = getcury(curscr);
    update_cursor_column = getcurx(curscr);
  }
}

int cn_echo_typed(int row, int column, int cursor_row, int cursor_column) {
  if (moves_left_as_ansi < 0) {
    const char *left = tigetstr("cub");
    moves_left_as_ansi = left != NULL && left != (char *)-1 && strcmp(left, "\033[%p1%dD") == 0;
  }
  // Only a character typed where the terminal's cursor is, the cursor then one cell right of
  // it on the same row and short of the last column (where a terminal may wrap).
  if (!moves_left_as_ansi || row != update_cursor_row ||
      column != update_cursor_column + cursor_ahead || cursor_row != row ||
      cursor_column != column + 1 || cursor_column >= COLS) {
    return 0;
  }
  cchar_t cell;
  wchar_t text[CCHARW_MAX + 1];
  attr_t attributes = 0;
  short pair = 0;
  int found = mvwin_wch(stdscr, row, column, &cell);
  // Reading the cell moved the standard screen's cursor: back where it shows, whatever follows.
  wmove(stdscr, cursor_row, cursor_column);
  if (found == ERR || getcchar(&cell, text, &attributes, &pair, NULL) == ERR) return 0;
  // Plain: ncurses ends every update with the terminal's attributes and colours off, so the
  // character needs nothing else. One printable ASCII character: one byte, one cell.
  if (attributes != A_NORMAL || pair != 0 || text[0] < 0x20 || text[0] >= 0x7F || text[1] != 0) {
    return 0;
  }
  wnoutrefresh(stdscr);
  char byte = (char)text[0];
  // Unwritten, the cell stays a change ncurses' next update sends.
  if (write_bytes(&byte, 1) != 0) return 0;
  cursor_ahead += 1;
  // What the terminal shows is what ncurses keeps as shown: its next update finds the cell
  // unchanged and writes nothing for it. A write takes on the window's attributes too, and
  // curscr's are whatever the last update copied there: set plain first, as the cell shows.
  wattr_set(curscr, A_NORMAL, 0, NULL);
  (void)mvwadd_wch(curscr, row, column, &cell);
  return 1;
}

void cn_use_environment_locale(void) { setlocale(LC_ALL, ""); }

int cn_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL &&
         (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0);
}

int cn_btowc(int byte) {
  wint_t wide = btowc(byte);
  return wide == WEOF ? -1 : (int)wide;
}

int cn_wcwidth(unsigned scalar) { return wcwidth((wchar_t)scalar); }

// The first exit signal since the last take; later ones must not overwrite it, so that the
// exit status reflects what the user (or the system) asked first.
static int exit_signal = 0;

static void record_exit_signal(int number) {
  // Lock-free atomics on an int are async-signal-safe: the first signal wins, later ones are
  // dropped, and `cn_take_exit_signal` clears it in one step without blocking signals.
  int none = 0;
  __atomic_compare_exchange_n(&exit_signal, &none, number, 0, __ATOMIC_SEQ_CST,
                              __ATOMIC_SEQ_CST);
}

// Installs `handler` for `number` and unblocks it. No SA_RESTART: a read blocked in get_wch or
// poll must return so the loop can notice. Unblocked because a parent may start us with these
// blocked (Foundation's Process does, from some threads); blocked, they would stay pending
// forever and the draft would never be saved.
static void install_recording_handler(int number, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(number, &action, NULL);
  sigset_t blocked;
  sigemptyset(&blocked);
  sigaddset(&blocked, number);
  sigprocmask(SIG_UNBLOCK, &blocked, NULL);
}

void cn_install_exit_signal_handlers(void) {
  install_recording_handler(SIGINT, record_exit_signal);
  install_recording_handler(SIGTERM, record_exit_signal);
  install_recording_handler(SIGHUP, record_exit_signal);
}

int cn_take_exit_signal(void) {
  // One atomic exchange reads and clears, so no signal is lost between the two; it runs once
  // per frame, where blocking and unblocking the signals cost two system calls a key.
  return __atomic_exchange_n(&exit_signal, 0, __ATOMIC_SEQ_CST);
}

// SIGTSTP from outside (`kill -TSTP`; Ctrl-Z itself is a key in raw mode). Recorded here and
// acted on by the run loop, which gives the terminal back before stopping. A handler of our own
// also tells ncurses not to install its own, which it would otherwise switch off and on around
// every refresh: two system calls a frame.
static int suspend_requested = 0;

static void record_suspend(int number) {
  (void)number;
  __atomic_store_n(&suspend_requested, 1, __ATOMIC_SEQ_CST);
}

void cn_install_suspend_handler(void) { install_recording_handler(SIGTSTP, record_suspend); }

int cn_take_suspend_request(void) {
  return __atomic_exchange_n(&suspend_requested, 0, __ATOMIC_SEQ_CST);
}

void cn_suspend_terminal(void) {
  cn_sync_cursor();
  endwin();
  cn_write_terminal(NULL, "\033[?2004l");
  // SIGSTOP cannot be caught or ignored: the process stops here until SIGCONT.
  raise(SIGSTOP);
  cn_write_terminal(NULL, "\033[?2004h");
}

int cn_terminal_hung_up(int fd) {
  struct pollfd terminal = {.fd = fd, .events = POLLIN, .revents = 0};
  if (poll(&terminal, 1, 0) < 0) return 0;
  return (terminal.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
