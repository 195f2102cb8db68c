/// Whether the terminal shows roles in colour or by attributes alone.
public enum ColorMode: Sendable, Equatable {
  /// Colours where the terminal has them.
  case color
  /// Bold, dim and reverse only: for `NO_COLOR`, terminals without colour, and colour-blind use.
  case monochrome

  /// `.monochrome` when `NO_COLOR` is set to anything but the empty string (no-color.org),
  /// else `.color`.
  public static func preferred(environment: [String: String]) -> ColorMode {
    if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
    return .color
  }
}

/// How each colour role looks: a foreground colour plus attributes. Pure, so it is tested
/// without a terminal.
struct Palette {
  /// The foreground colours the palette uses; the background is always the terminal's own.
  enum Foreground: Equatable {
    /// The terminal's default foreground.
    case standard
    /// ANSI green.
    case green
    /// ANSI yellow.
    case yellow
    /// ANSI red.
    case red
    /// ANSI cyan.
    case cyan
  }

  /// What a role is drawn with.
  struct Appearance: Equatable {
    /// The foreground colour.
    var foreground: Foreground
    /// Attributes added to the style's own.
    var attributes: CellAttributes
  }

  /// The appearance of `role` in `mode`. Monochrome keeps every state distinguishable by
  /// attributes, so a timer going over is visible without colour.
  static func appearance(of role: ColorRole, in mode: ColorMode) -> Appearance {
    switch mode {
    case .color:
      switch role {
      case .normal: return Appearance(foreground: .standard, attributes: [])
      case .title: return Appearance(foreground: .standard, attributes: .bold)
      case .accent: return Appearance(foreground: .cyan, attributes: [])
      case .muted: return Appearance(foreground: .standard, attributes: .dim)
      case .good: return Appearance(foreground: .green, attributes: [])
      case .warning: return Appearance(foreground: .yellow, attributes: [])
      case .over: return Appearance(foreground: .red, attributes: [])
      case .keyHint: return Appearance(foreground: .cyan, attributes: .reverse)
      case .selection: return Appearance(foreground: .standard, attributes: .reverse)
      case .error: return Appearance(foreground: .red, attributes: .bold)
      }
    case .monochrome:
      switch role {
      case .normal, .good: return Appearance(foreground: .standard, attributes: [])
      case .title, .accent, .warning, .error:
        return Appearance(foreground: .standard, attributes: .bold)
      case .muted: return Appearance(foreground: .standard, attributes: .dim)
      case .over: return Appearance(foreground: .standard, attributes: [.bold, .reverse])
      case .keyHint, .selection: return Appearance(foreground: .standard, attributes: .reverse)
      }
    }
  }

  /// The ncurses colour pair for `role`: 0 (the terminal's defaults) unless the role has a
  /// colour, then one pair per role so `init_pair` needs no bookkeeping.
  static func pair(of role: ColorRole, in mode: ColorMode) -> Int16 {
    appearance(of: role, in: mode).foreground == .standard ? 0 : Int16(role.rawValue) + 1
  }
}
