/// Answer-time targets as deck authors write them: `90`, `90s`, `2m`, `1m30s`.
public enum TargetDuration {
  /// The shortest target a deck may set, in seconds.
  public static let minimumSeconds = 5
  /// The longest target a deck may set, in seconds (an hour).
  public static let maximumSeconds = 60 * 60

  /// The seconds `text` stands for, or nil when it is not in one of the accepted forms.
  public static func seconds(from text: String) -> Int? {
    let trimmed = text.trimmingSpaces
    if let whole = Int(trimmed), trimmed.allSatisfy(\.isASCIIDigit) { return whole }
    var total = 0
    var digits = ""
    var seenMinutes = false
    var seenSeconds = false
    for character in trimmed {
      if character.isASCIIDigit {
        digits.append(character)
        continue
      }
      // At most six digits per part keeps arithmetic far from overflow.
      guard let value = Int(digits), digits.count <= 6 else { return nil }
      digits = ""
      switch character {
      case "m" where !seenMinutes && !seenSeconds:
        seenMinutes = true
        total += value * 60
      case "s" where !seenSeconds:
        seenSeconds = true
        total += value
      default:
        return nil
      }
    }
    return digits.isEmpty && (seenMinutes || seenSeconds) ? total : nil
  }

  /// `seconds` as a clock reads it: `2:05`.
  public static func clock(seconds: Int) -> String {
    let rest = seconds % 60
    return "\(seconds / 60):\(rest < 10 ? "0" : "")\(rest)"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension String {
  fileprivate var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " } ?? endIndex
    let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
    return self[start..<end]
  }
}
