import Foundation

/// A private tmux server running the app in a real terminal: keys in with `send-keys`, the
/// screen out with `capture-pane`, faults by signalling the pane's pid.
///
/// Each instance has its own socket under the sandbox (`TMUX_TMPDIR` plus a unique `-L` name),
/// so tests never touch a user's server or each other's; the server is killed on deinit.
final class Tmux {
  /// Where tmux is, or nil when it is not installed (the tests then skip).
  static let executable: String? = [
    "/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux",
  ]
  .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether tmux is installed; the condition the tmux suites are enabled by.
  static var isAvailable: Bool { executable != nil }

  /// The session (and target) name inside this private server.
  static let target = "app"

  private let sandbox: Sandbox
  private let tmux: String
  private let socket = "secondround-e2e-\(UUID().uuidString.prefix(8))"
  private let configuration: URL

  /// A server for `sandbox`, not started until `start`.
  init(sandbox: Sandbox) throws {
    guard let tmux = Self.executable else {
      throw BinaryRunnerError(description: "tmux is not installed")
    }
    self.sandbox = sandbox
    self.tmux = tmux
    configuration = sandbox.root.appendingPathComponent("tmux", isDirectory: true)
      .appendingPathComponent("tmux.conf")
    try FileManager.default.createDirectory(at: tmuxDirectory, withIntermediateDirectories: true)
    // Read when the server starts, so the pane outlives the app from the first instant: its
    // exit status can be read and its last screen captured. No status line: the pane gets the
    // whole window, as a terminal would.
    try Data("set -g remain-on-exit on\nset -g status off\n".utf8).write(to: configuration)
  }

  deinit {
    _ = try? command(["kill-server"])
  }

  private var tmuxDirectory: URL { sandbox.root.appendingPathComponent("tmux", isDirectory: true) }

  /// Variables added to the app's environment for the next `start` or `restart` (`NO_COLOR`).
  var extraEnvironment: [String: String] = [:]

  /// The environment the app gets in its pane: the sandbox's, plus a terminal and a locale,
  /// plus `extraEnvironment`.
  var appEnvironment: [String: String] {
    sandbox.environment.merging(["TERM": "xterm-256color", "LANG": "C.UTF-8"]) { $1 }
      .merging(extraEnvironment) { $1 }
  }

  /// Runs one tmux command against this server; throws unless it succeeds.
  @discardableResult
  func command(_ arguments: [String]) throws -> String {
    var environment = sandbox.environment
    environment["TMUX_TMPDIR"] = tmuxDirectory.path
    environment["TERM"] = "xterm-256color"
    let result = try Spawn.run(
      tmux, arguments: ["-L", socket, "-f", configuration.path] + arguments,
      environment: environment,
      directory: sandbox.work.path, scratch: sandbox.scratch)
    guard result.termination == Termination(status: 0, bySignal: false) else {
      throw BinaryRunnerError(
        description: "tmux \(arguments) failed (\(result.termination)): \(result.stderr)")
    }
    return result.stdout
  }

  /// Starts the built binary with `arguments` in a `width`×`height` window, and waits until it
  /// has drawn something (keys sent earlier would land on whatever it draws first).
  /// `launcher` runs before the binary (e.g. `setsid -w`).
  func start(
    _ arguments: [String], width: Int = 80, height: Int = 24, launcher: [String] = []
  ) throws {
    try command([
      "new-session", "-d", "-x", String(width), "-y", String(height), "-s", Self.target,
      "-c", sandbox.work.path, try commandLine(arguments, launcher: launcher),
    ])
    try waitForFirstDraw()
  }

  /// Runs the app again in the same pane after it exited, as a user would at the prompt.
  func restart(_ arguments: [String]) throws {
    try command(["respawn-pane", "-t", Self.target, try commandLine(arguments)])
    try waitForFirstDraw()
  }

  /// The shell line that runs the binary with only `appEnvironment`; `underShell` keeps the
  /// shell tmux starts as the app's parent (see `startUnderShell`).
  private func commandLine(
    _ arguments: [String], underShell: Bool = false, launcher: [String] = []
  ) throws -> String {
    let binary = try BinaryRunner.binaryURL().path
    let variables = appEnvironment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // `exec env -i` replaces the shell tmux starts, so the pane's pid is the app's own.
    return
      ((underShell ? [] : ["exec"]) + launcher + ["env", "-i"] + variables + [binary] + arguments)
      .map(Self.quoted).joined(separator: " ")
  }

  /// Starts the app as a child of the pane's shell rather than in its place, as it runs from a
  /// shell prompt; returns the app's pid. tmux continues a stopped pane process at once, so a
  /// test of stopping needs the app one step away from it.
  func startUnderShell(_ arguments: [String]) throws -> pid_t {
    try command([
      "new-session", "-d", "-x", "80", "-y", "24", "-s", Self.target, "-c", sandbox.work.path,
      try commandLine(arguments, underShell: true) + "; sleep 60",
    ])
    try waitForFirstDraw()
    let shell = try appPID()
    let child = Poll.value { () -> pid_t? in
      let children = try? String(
        contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
      return children?.split(separator: " ").first.flatMap { pid_t($0) }
    }
    guard let child else { throw BinaryRunnerError(description: "no app under the pane's shell") }
    return child
  }

  private func waitForFirstDraw() throws {
    guard waitForScreen({ !$0.allSatisfy(\.isWhitespace) }) != nil else {
      throw BinaryRunnerError(description: "the app drew nothing within the deadline")
    }
  }

  /// The screen as plain text, one line per row (trailing spaces trimmed by tmux).
  func screen() throws -> String {
    try command(["capture-pane", "-p", "-t", Self.target])
  }

  /// The pane with its scrollback, wrapped lines joined: what was printed after the app left
  /// full-screen mode, however long its lines.
  func printed() throws -> String {
    try command(["capture-pane", "-p", "-J", "-S", "-", "-t", Self.target])
  }

  /// The screen with its attributes: each row's characters with the SGR attributes tmux
  /// reports for them (`capture-pane -e`), read into cells rather than compared as bytes.
  func styledScreen() throws -> [[StyledCell]] {
    StyledCell.rows(try command(["capture-pane", "-p", "-e", "-t", Self.target]))
  }

  /// Waits until the styled screen satisfies `predicate`; nil if it does not in time.
  func waitForStyledScreen(
    timeout: Double = Poll.deadlineSeconds, _ predicate: ([[StyledCell]]) -> Bool
  ) -> [[StyledCell]]? {
    Poll.value(timeout: timeout) { () -> [[StyledCell]]? in
      guard let rows = try? styledScreen() else { return nil }
      return predicate(rows) ? rows : nil
    }
  }

  /// Waits until the screen satisfies `predicate`; nil if it does not within the deadline.
  func waitForScreen(
    timeout: Double = Poll.deadlineSeconds, _ predicate: (String) -> Bool
  ) -> String? {
    Poll.value(timeout: timeout) { () -> String? in
      guard let text = try? screen() else { return nil }
      return predicate(text) ? text : nil
    }
  }

  /// Waits until the screen contains `text`; nil if it does not within the deadline.
  func waitFor(_ text: String, timeout: Double = Poll.deadlineSeconds) -> String? {
    waitForScreen(timeout: timeout) { $0.contains(text) }
  }

  /// Types `text` literally (no key names).
  func type(_ text: String) throws {
    try command(["send-keys", "-t", Self.target, "-l", text])
  }

  /// Presses keys by tmux name: `Enter`, `Space`, `Escape`, `BSpace`, `C-c`, ...
  func press(_ keys: String...) throws {
    try command(["send-keys", "-t", Self.target] + keys)
  }

  /// Resizes the window (and so the pane) to `width`×`height`.
  func resize(width: Int, height: Int) throws {
    try command(["resize-window", "-t", Self.target, "-x", String(width), "-y", String(height)])
  }

  /// A format value for the pane, such as `#{pane_pid}` or `#{pane_dead}`.
  func paneValue(_ format: String) throws -> String {
    try command(["display-message", "-p", "-t", Self.target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The app's pid (the pane's process, as `exec` made it).
  func appPID() throws -> pid_t {
    let text = try paneValue("#{pane_pid}")
    guard let pid = pid_t(text) else {
      throw BinaryRunnerError(description: "no pane pid in '\(text)'")
    }
    return pid
  }

  /// Waits for the app to exit and returns its exit status; nil if it is still running (or
  /// was killed by a signal, which leaves no exit status).
  func waitForExit(timeout: Double = Poll.deadlineSeconds) -> Int32? {
    let server = (try? paneValue("#{pid}")).flatMap { pid_t($0) }
    return Poll.value(timeout: timeout) { () -> Int32? in
      guard (try? paneValue("#{pane_dead}")) == "1" else { return nil }
      if let status = try? paneValue("#{pane_dead_status}"), let code = Int32(status) {
        return code
      }
      // Dead but not reaped: the server missed SIGCHLD (tmux's known race with libutempter's
      // own handler, tmux/tmux#311). Another SIGCHLD makes it reap, as its author suggests.
      if let server { kill(server, SIGCHLD) }
      return nil
    }
  }

  /// Waits until two captures in a row look the same but for their clocks (so a redraw that
  /// tmux caught half-way is not taken for the next screen), and returns the second.
  func settledScreen(timeout: Double = Poll.deadlineSeconds) -> String? {
    var last: String?
    return Poll.value(timeout: timeout) { () -> String? in
      guard let text = try? screen() else { return nil }
      defer { last = text }
      return last.map(Self.shape) == Self.shape(text) ? text : nil
    }
  }

  /// Presses `key` until the screen shows `text` (compared with whitespace collapsed, so text
  /// wrapped across lines still matches), waiting after each press for the screen to change,
  /// so no press lands on a screen it was not meant for. Nil if `text` never shows.
  @discardableResult
  func press(_ key: String, until text: String, maxPresses: Int = 6) throws -> String? {
    let wanted = Self.flat(text)
    for _ in 0...maxPresses {
      guard let before = settledScreen() else { return nil }
      if Self.flat(before).contains(wanted) { return before }
      try press(key)
      let shape = Self.shape(before)
      guard waitForScreen({ Self.shape($0) != shape }) != nil else { return nil }
    }
    return nil
  }

  /// `text` with every run of whitespace made one space: the words, whatever the wrapping.
  static func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A screen without its digits: what stays the same while only the clocks tick.
  static func shape(_ screen: String) -> String {
    String(screen.unicodeScalars.filter { !CharacterSet.decimalDigits.contains($0) })
  }

  /// The text inside the answer box (rows framed by │ or |), its rows joined by spaces.
  static func boxText(_ screen: String) -> String {
    let rows = screen.split(separator: "\n").compactMap { row -> String? in
      let trimmed = row.trimmingCharacters(in: .whitespaces)
      guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last,
        "│|".contains(first), "│|".contains(last)
      else { return nil }
      return String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }
    return rows.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Quotes `word` for the shell tmux runs the command line with.
  private static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// One character of a captured screen and how the terminal draws it.
struct StyledCell: Equatable {
  /// SGR attributes that matter here.
  enum Attribute: Hashable {
    case bold, dim, italic, underline, reverse
  }

  /// The character.
  var character: Character
  /// Its attributes.
  var attributes: Set<Attribute>
  /// Whether it has a foreground colour of its own (not the terminal's default).
  var isColoured: Bool

  /// The rows of a `capture-pane -e` capture, the SGR state carried from row to row as a
  /// terminal carries it; other escape sequences are skipped.
  static func rows(_ capture: String) -> [[StyledCell]] {
    var rows: [[StyledCell]] = [[]]
    var attributes: Set<Attribute> = []
    var coloured = false
    let characters = Array(capture)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      index += 1
      if character == "\n" {
        rows.append([])
        continue
      }
      guard character == "\u{1B}" else {
        rows[rows.count - 1].append(
          StyledCell(character: character, attributes: attributes, isColoured: coloured))
        continue
      }
      guard index < characters.count, characters[index] == "[" else {
        index += 1
        continue
      }
      index += 1
      var parameters = ""
      while index < characters.count, let scalar = characters[index].unicodeScalars.first,
        !(0x40...0x7E).contains(scalar.value)
      {
        parameters.append(characters[index])
        index += 1
      }
      let final = index < characters.count ? characters[index] : " "
      index += 1
      guard final == "m" else { continue }
      var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map {
        String($0)
      }
      if codes.isEmpty { codes = ["0"] }
      var position = 0
      while position < codes.count {
        let code = codes[position]
        position += 1
        // "4:3" and the like are underline styles; "4:0" is none.
        if code.hasPrefix("4:") {
          if code == "4:0" { attributes.remove(.underline) } else { attributes.insert(.underline) }
          continue
        }
        switch Int(code) ?? 0 {
        case 0:
          attributes = []
          coloured = false
        case 1: attributes.insert(.bold)
        case 2: attributes.insert(.dim)
        case 3: attributes.insert(.italic)
        case 4: attributes.insert(.underline)
        case 7: attributes.insert(.reverse)
        case 22: attributes.subtract([.bold, .dim])
        case 23: attributes.remove(.italic)
        case 24: attributes.remove(.underline)
        case 27: attributes.remove(.reverse)
        case 30...37, 90...97: coloured = true
        case 39: coloured = false
        case 38, 48:
          // 38;5;N or 38;2;R;G;B: a colour of its own, whose numbers are not codes.
          if Int(code) == 38 { coloured = true }
          let kind = position < codes.count ? codes[position] : ""
          position += kind == "5" ? 2 : kind == "2" ? 4 : 0
        default: break
        }
      }
    }
    return rows
  }

  /// The cells of the first occurrence of `text` on one row, or nil.
  static func find(_ text: String, in rows: [[StyledCell]]) -> [StyledCell]? {
    let wanted = Array(text)
    for row in rows where row.count >= wanted.count {
      for start in 0...(row.count - wanted.count)
      where row[start..<(start + wanted.count)].map(\.character) == wanted {
        return Array(row[start..<(start + wanted.count)])
      }
    }
    return nil
  }
}
