import CNCurses

/// The character set of the user's locale, for what is printed outside the full screen.
public enum TerminalLocale {
  /// Whether the locale the environment names (LC_ALL, LC_CTYPE, LANG) encodes UTF-8: decided
  /// as the full screen decides it, so `LANG=C` or a locale that is not installed gets ASCII
  /// in both.
  public static func isUTF8() -> Bool {
    cn_use_environment_locale()
    return cn_locale_is_utf8() != 0
  }
}
