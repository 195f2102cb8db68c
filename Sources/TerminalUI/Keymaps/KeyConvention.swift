/// What a key means under SecondRound's key convention, the same on every screen, as in tig
/// and lazygit: a person who learns a key on one screen can trust it on the next.
public enum KeyMeaning: String, CaseIterable, Sendable {
  /// Leave this page for the one it was opened from; on the first page, quit.
  case back
  /// Close what is open (a popup, an edit, a question) or, with nothing open, leave the page.
  case cancel
  /// Show or hide the help.
  case help
  /// Move the highlight, the cursor or the card, or scroll.
  case move
  /// Search or filter.
  case search
  /// Open, choose or submit what is highlighted.
  case open
  /// Go to the next (or, shifted, previous) field, answer or segment.
  case next
  /// Drill the question shown.
  case drill
  /// Delete what is highlighted, after a confirmation that names it.
  case delete
  /// The question's earlier answers.
  case history
  /// Play the recording of what is highlighted.
  case play
}

/// The key convention, written once: every keymap takes its conventional keys from here, and a
/// test walks every screen's keymap and fails on a key used against its meaning.
public enum KeyConvention {
  /// One row of the convention: the keys, what they mean, and how the help names them.
  public struct Row: Sendable {
    /// The keys of the row.
    public var keys: [Key]
    /// What they mean wherever a screen takes them.
    public var meaning: KeyMeaning
    /// The keys as the README and the help write them.
    public var label: String
  }

  /// The convention. A screen need not take every key, but a key it takes means what the
  /// table says; a key typing text (letters in an answer) is text, not a command.
  public static let table: [Row] = [
    Row(keys: [.character("q")], meaning: .back, label: "q"),
    Row(keys: [.escape], meaning: .cancel, label: "Esc"),
    Row(keys: [.character("?"), .function(1)], meaning: .help, label: "?/F1"),
    Row(
      keys: [
        .character("j"), .character("k"), .character("h"), .character("l"), .up, .down, .left,
        .right, .pageUp, .pageDown, .home, .end, .character("g"), .character("G"),
      ], meaning: .move, label: "j/k h/l arrows PgUp/PgDn Home/End g/G"),
    Row(keys: [.character("/")], meaning: .search, label: "/"),
    Row(keys: [.enter], meaning: .open, label: "Enter"),
    Row(keys: [.tab, .backTab], meaning: .next, label: "Tab/Shift-Tab"),
    Row(keys: [.character("d")], meaning: .drill, label: "d"),
    Row(keys: [.character("D"), .delete], meaning: .delete, label: "D/Delete"),
    Row(keys: [.character("H")], meaning: .history, label: "H"),
    Row(keys: [.character("p")], meaning: .play, label: "p"),
  ]

  /// What `key` means by convention, or nil for a key the convention leaves to each screen.
  public static func meaning(of key: Key) -> KeyMeaning? {
    table.first { $0.keys.contains(key) }?.meaning
  }

  /// The meanings a rule may give `key`: its own, and for Esc, leaving the page as well, since
  /// with nothing open to close, cancelling is going back.
  public static func allowedMeanings(of key: Key) -> Set<KeyMeaning> {
    guard let meaning = meaning(of: key) else { return [] }
    return meaning == .cancel ? [.cancel, .back] : [meaning]
  }
}

/// The convention's rules, for keymaps to draw from rather than spell out again.
enum ConventionRules {
  /// `?` and F1: help. Where `?` is text being typed, F1 alone.
  static func help<Output>(
    _ output: Output?, footer: Bool = true, questionMark: Bool = true
  ) -> KeyRule<Output> {
    // The footer has room for the short form only; the help lists both.
    KeyRule(
      questionMark ? "?/F1" : "F1", "help", footer: footer, meaning: [.help],
      on: questionMark ? [.character("?"), .function(1)] : [.function(1)], output
    ).footer(as: questionMark ? "?" : "F1")
  }

  /// `q`, and Esc too unless `escape` is false: back to the page this one was opened from.
  static func back<Output>(
    _ output: Output, summary: String = "back", footer: Bool = true, escape: Bool = true
  ) -> KeyRule<Output> {
    KeyRule(
      escape ? "q/Esc" : "q", summary, footer: footer, meaning: [.back],
      on: escape ? [.character("q"), .escape] : [.character("q")], output
    ).footer(as: "q")
  }

  /// ↑/↓ and k/j: move by one.
  static func upDown<Output>(
    _ summary: String = "move", footer: Bool = true, _ output: @escaping (Int) -> Output
  ) -> [KeyRule<Output>] {
    [
      KeyRule(
        "↑/↓", summary, footer: footer, meaning: [.move],
        matches: { $0 == .up || $0 == .down }, output: { output($0 == .up ? -1 : 1) }),
      KeyRule(
        "k/j", summary + ", as in vi", meaning: [.move],
        matches: { $0 == .character("k") || $0 == .character("j") },
        output: { output($0 == .character("k") ? -1 : 1) }),
    ]
  }

  /// PgUp/PgDn: move by a page.
  static func pages<Output>(_ summary: String = "page", _ output: @escaping (Int) -> Output)
    -> KeyRule<Output>
  {
    KeyRule(
      "PgUp/PgDn", summary, meaning: [.move], matches: { $0 == .pageUp || $0 == .pageDown },
      output: { output($0 == .pageUp ? -1 : 1) })
  }

  /// Home/End and g/G: to the first or the last.
  static func ends<Output>(_ summary: String, first: Output, last: Output) -> KeyRule<Output> {
    KeyRule(
      "Home/End g/G", summary, meaning: [.move],
      matches: { [.home, .end, .character("g"), .character("G")].contains($0) },
      output: { $0 == .home || $0 == .character("g") ? first : last })
  }
}
