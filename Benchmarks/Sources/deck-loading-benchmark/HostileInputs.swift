/// Deck files built to exhaust a naive loader, each of which `DeckLoader` must refuse quickly.
enum HostileInputs {
  /// A "billion laughs" document: a list of nine scalars, then `levels` lists each holding
  /// `aliasesPerLevel` aliases of the list before it (9 levels of 9 expand to 9^10 nodes).
  static func aliasBomb(levels: Int = 9, aliasesPerLevel: Int = 9) -> String {
    var lines = [
      "id: billion-laughs",
      "title: Billion laughs",
      "l0: &l0 [" + Array(repeating: "\"lol\"", count: aliasesPerLevel).joined(separator: ", ")
        + "]",
    ]
    for level in 1...levels {
      let aliases = Array(repeating: "*l\(level - 1)", count: aliasesPerLevel)
      lines.append("l\(level): &l\(level) [" + aliases.joined(separator: ", ") + "]")
    }
    lines.append("segments: [*l\(levels)]")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A deck whose `segments` value is `depth` nested flow lists: `[[[[...]]]]`.
  static func deepNesting(depth: Int = 100_000) -> String {
    "id: deep-nesting\ntitle: Deep nesting\nsegments: "
      + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
  }

  /// Exactly `byteCount` bytes of YAML comment lines: harmless text, only too much of it.
  static func oversized(byteCount: Int) -> [UInt8] {
    let line = Array("# padding line, harmless on its own but far too long as a whole\n".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(byteCount + line.count)
    while bytes.count < byteCount { bytes += line }
    return Array(bytes.prefix(byteCount))
  }
}
