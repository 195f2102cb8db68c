/// What the user decided about an interrupted interview.
public enum ResumeChoice: Equatable, Sendable {
  /// Carry on with it.
  case resume
  /// Leave it as an interrupted transcript.
  case keep
}

/// The resume offer's keys.
public enum ResumeKeys {
  /// The choice `key` makes (Enter resumes, Esc keeps it), or nil.
  public static func handle(_ key: Key) -> ResumeChoice? { keymap.output(for: key) }

  /// The keys the footer shows.
  public static var footer: [KeyBinding] { keymap.footer }

  /// Every key of the resume offer, for a help overlay.
  public static var help: [KeyBinding] { keymap.help }

  private static var keymap: Keymap<ResumeChoice> {
    Keymap(rules: [
      KeyRule("Enter", "resume", footer: true, on: [.enter], .resume),
      KeyRule("Esc", "keep as interrupted", footer: true, on: [.escape], .keep),
      CommonRules.redraw(), CommonRules.quit("quit"),
    ])
  }
}
