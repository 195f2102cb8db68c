/// A 1-based position in a text file, counted in lines and Unicode scalars as libyaml does.
public struct SourceLocation: Equatable, Comparable, Hashable, Sendable {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, in Unicode scalars.
  public var column: Int

  /// A location at `line` and `column`, both from 1.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of a file, for errors about the file as a whole.
  public static let fileStart = SourceLocation(line: 1, column: 1)

  /// Earlier in the file sorts first.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// One problem found in a deck file, printed as `PATH:LINE:COLUMN: error: MESSAGE`.
public struct DeckDiagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The file the problem is in, as the user named it.
  public var path: String
  /// Where in the file.
  public var location: SourceLocation
  /// What is wrong, in one line.
  public var message: String

  /// A diagnostic for `path` at `location`.
  public init(path: String, location: SourceLocation, message: String) {
    self.path = path
    self.location = location
    self.message = message
  }

  /// The compiler-style line: `PATH:LINE:COLUMN: error: MESSAGE`, with control characters inert.
  public var description: String {
    "\(path.inert):\(location.line):\(location.column): error: \(message.inert)"
  }
}

/// Collects diagnostics for one file, up to a cap so that a pathological file stays cheap.
struct DiagnosticCollector {
  /// How many problems one file reports before the rest are summarised in one line.
  static let limit = 100

  let path: String
  private(set) var diagnostics: [DeckDiagnostic] = []
  private var suppressed = 0

  init(path: String) {
    self.path = path
  }

  var isEmpty: Bool { diagnostics.isEmpty }

  mutating func error(_ message: String, at location: SourceLocation) {
    guard diagnostics.count < Self.limit else {
      suppressed += 1
      return
    }
    diagnostics.append(DeckDiagnostic(path: path, location: location, message: message))
  }

  /// The diagnostics in file order, plus one line saying how many were left out.
  func sorted() -> [DeckDiagnostic] {
    var result = diagnostics.sorted { $0.location < $1.location }
    if suppressed > 0, let last = result.last {
      result.append(
        DeckDiagnostic(
          path: path, location: last.location,
          message: "\(suppressed) more errors not shown; fix the ones above first"))
    }
    return result
  }
}
