// wcwidth is an X/Open extension glibc declares only when asked.
#define _GNU_SOURCE 1

#include "CNCurses.h"

#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

SCREEN *cn_newterm(const char *type, FILE *output, FILE *input) {
  return newterm(type, output != NULL ? output : stdout, input != NULL ? input : stdin);
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
static volatile sig_atomic_t exit_signal = 0;

static void record_exit_signal(int number) {
  if (exit_signal == 0) exit_signal = number;
}

void cn_install_exit_signal_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = record_exit_signal;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read blocked in get_wch or poll must return so the loop can notice.
  action.sa_flags = 0;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  // A parent may start us with these blocked (Foundation's Process does, from some threads);
  // blocked, they would stay pending forever and the draft would never be saved.
  sigset_t exits;
  sigemptyset(&exits);
  sigaddset(&exits, SIGINT);
  sigaddset(&exits, SIGTERM);
  sigaddset(&exits, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &exits, NULL);
}

int cn_take_exit_signal(void) {
  // Blocking the signals makes the read and the clear one step, so none is lost between them.
  sigset_t exits, previous;
  sigemptyset(&exits);
  sigaddset(&exits, SIGINT);
  sigaddset(&exits, SIGTERM);
  sigaddset(&exits, SIGHUP);
  sigprocmask(SIG_BLOCK, &exits, &previous);
  int number = exit_signal;
  exit_signal = 0;
  sigprocmask(SIG_SETMASK, &previous, NULL);
  return number;
}
