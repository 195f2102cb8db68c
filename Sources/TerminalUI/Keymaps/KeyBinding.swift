/// A key (or a few keys) and what it does, as the footer and the help show it.
public struct KeyBinding: Equatable, Sendable {
  /// The keys as written on screen: "Enter", "Alt-Enter/Ctrl-J".
  public var keys: String
  /// What they do, in a word or two: "submit".
  public var summary: String

  /// A binding of `keys` to what they do.
  public init(keys: String, summary: String) {
    self.keys = keys
    self.summary = summary
  }
}

/// One row of a keymap: which keys it takes, what they mean, and how it is shown.
///
/// A screen's keymap is a list of rules for its current state; the first rule that matches a
/// key decides it, and the same list gives the footer and the help, so the two cannot drift
/// from what the keys really do.
struct KeyRule<Output> {
  /// How the help shows the rule; nil for rules that are not keys to learn (typing text).
  var binding: KeyBinding?
  /// Whether the footer shows it too.
  var inFooter: Bool
  /// The keys as the footer writes them, when shorter than the help's ("?" for "?/F1").
  var footerKeys: String?
  /// What its keys mean under `KeyConvention`, checked by the convention test; empty for a
  /// rule that takes no conventional key, or whose keys are text being typed.
  var meanings: Set<KeyMeaning>
  /// Whether the rule takes `key`.
  var matches: (Key) -> Bool
  /// What a key it takes means; nil when the key is the runtime's (quit, redraw).
  var output: (Key) -> Output?

  init(
    _ keys: String?, _ summary: String, footer: Bool = false, meaning: Set<KeyMeaning> = [],
    matches: @escaping (Key) -> Bool, output: @escaping (Key) -> Output?
  ) {
    binding = keys.map { KeyBinding(keys: $0, summary: summary) }
    inFooter = footer
    footerKeys = nil
    meanings = meaning
    self.matches = matches
    self.output = output
  }

  /// A rule for an exact list of keys that all mean `output`.
  init(
    _ keys: String, _ summary: String, footer: Bool = false, meaning: Set<KeyMeaning> = [],
    on accepted: [Key], _ output: Output?
  ) {
    self.init(
      keys, summary, footer: footer, meaning: meaning, matches: { accepted.contains($0) },
      output: { _ in output })
  }
}

extension KeyRule {
  /// The rule with `keys` as the footer's short form of its keys.
  func footer(as keys: String) -> KeyRule {
    var rule = self
    rule.footerKeys = keys
    return rule
  }
}

/// A keymap for one state: the rules in the order they are tried and shown.
struct Keymap<Output> {
  var rules: [KeyRule<Output>]

  /// What `key` means: the output of the first rule that takes it; nil when none does or
  /// when that rule leaves the key to the runtime.
  func output(for key: Key) -> Output? {
    guard let rule = rules.first(where: { $0.matches(key) }) else { return nil }
    return rule.output(key)
  }

  /// The bindings the footer shows, most important first, in their short forms.
  var footer: [KeyBinding] {
    rules.filter(\.inFooter).compactMap { rule in
      rule.binding.map { KeyBinding(keys: rule.footerKeys ?? $0.keys, summary: $0.summary) }
    }
  }

  /// Every binding, in table order, each once.
  var help: [KeyBinding] {
    var seen: [KeyBinding] = []
    for binding in rules.compactMap(\.binding) where !seen.contains(binding) {
      seen.append(binding)
    }
    return seen
  }
}

/// Rules every full-screen state shares: the runtime's own keys, listed so the help names them.
enum CommonRules {
  /// Ctrl-L: the runtime redraws the screen.
  static func redraw<Output>() -> KeyRule<Output> {
    KeyRule("Ctrl-L", "redraw the screen", on: [.control("l")], nil)
  }

  /// Ctrl-C: the runtime saves and exits.
  static func quit<Output>(_ summary: String = "save and quit") -> KeyRule<Output> {
    KeyRule("Ctrl-C", summary, on: [.control("c")], nil)
  }

  /// The whole keymap while a help overlay shows: any key closes it (as in less and htop),
  /// except the runtime's own Ctrl-L and Ctrl-C.
  static func helpShowing<Output>(closeWith close: Output, quit: String = "quit") -> Keymap<Output>
  {
    Keymap(rules: [
      redraw(), self.quit(quit),
      KeyRule(
        "any key", "close the help", footer: true, matches: { _ in true }, output: { _ in close }),
    ])
  }

  /// The whole keymap while a delete waits for an answer: y deletes, n or Esc keeps, and every
  /// other key is ignored so a stray keystroke can neither delete nor lose the question.
  static func confirmingDelete<Output>(yes: Output, no: Output) -> Keymap<Output> {
    Keymap(rules: [
      KeyRule("y", "delete", footer: true, on: [.character("y"), .character("Y")], yes),
      KeyRule(
        "n/Esc", "keep", footer: true, meaning: [.cancel],
        on: [.character("n"), .character("N"), .escape], no),
      redraw(), quit("quit"),
    ])
  }

  /// Whether `key` is a printable character.
  static func isText(_ key: Key) -> Bool {
    switch key {
    case .character, .paste: return true
    default: return false
    }
  }
}
