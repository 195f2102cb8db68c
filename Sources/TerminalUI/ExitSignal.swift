import CNCurses

/// SIGINT, SIGTERM and SIGHUP, turned into values the run loop polls instead of deaths, so the
/// app can save the transcript and restore the terminal before it exits.
///
/// The handlers only record the signal number; they do not restart interrupted calls, so a
/// blocked read returns early. SIGWINCH is left to ncurses, which turns it into `.resize`.
public enum ExitSignal {
  /// Installs the handlers. Before or after `CursesScreen.start` both work: ncurses only adds
  /// its own handlers where none is set, and ours replace its.
  public static func install() {
    cn_install_exit_signal_handlers()
  }

  /// The first exit signal since the last call (e.g. `SIGTERM`, 15), cleared; nil when none.
  public static func take() -> Int32? {
    let number = cn_take_exit_signal()
    return number == 0 ? nil : number
  }

  /// Handles SIGTSTP sent from outside (Ctrl-Z is a key in raw mode) by recording it for
  /// `suspendIfRequested`; call before `CursesScreen.start`, in full-screen mode only (plain
  /// mode leaves the shell's job control as it is).
  public static func installSuspendHandler() {
    cn_install_suspend_handler()
  }

  /// Stops the process, with the terminal given back, when SIGTSTP arrived since the last call;
  /// returns true after it continues, when the screen must be repainted in full.
  public static func suspendIfRequested() -> Bool {
    guard cn_take_suspend_request() != 0 else { return false }
    cn_suspend_terminal()
    return true
  }
}
