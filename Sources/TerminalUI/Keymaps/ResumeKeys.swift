/// What the user decided about an interrupted interview, or asked of the offer.
public enum ResumeChoice: Equatable, Sendable {
  /// Carry on with it.
  case resume
  /// Leave it as an interrupted transcript.
  case keep
  /// Show or hide the help (F1 or ?); the offer stays open.
  case toggleHelp
}

/// The resume offer's keys.
public enum ResumeKeys {
  /// The choice `key` makes (Enter resumes, Esc keeps it), or nil.
  public static func handle(_ key: Key) -> ResumeChoice? { keymap.output(for: key) }

  /// The keys the footer shows.
  public static var footer: [KeyBinding] { keymap.footer }

  /// Every key of the resume offer, for a help overlay.
  public static var help: [KeyBinding] { keymap.help }

  static var keymap: Keymap<ResumeChoice> {
    Keymap(rules: [
      KeyRule("Enter", "resume", footer: true, meaning: [.open], on: [.enter], .resume),
      KeyRule(
        "Esc", "keep as interrupted", footer: true, meaning: [.cancel], on: [.escape], .keep),
      ConventionRules.help(.toggleHelp),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
