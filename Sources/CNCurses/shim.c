// wcwidth is an X/Open extension glibc declares only when asked.
#define _GNU_SOURCE 1

#include "CNCurses.h"

#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

SCREEN *cn_newterm(const char *type, FILE *output, FILE *input) {
  SCREEN *screen =
      newterm(type, output != NULL ? output : stdout, input != NULL ? input : stdin);
  if (screen == NULL) return NULL;
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
  int descriptor = fileno(output != NULL ? output : stdout);
  size_t left = strlen(text);
  while (left > 0) {
    ssize_t written = write(descriptor, text, left);
    if (written < 0) return -1;
    text += written;
    left -= (size_t)written;
  }
  return 0;
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
