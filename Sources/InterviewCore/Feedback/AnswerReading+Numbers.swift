/// A number found in an answer: where it is and what it is worth.
struct FoundNumber {
  /// Token range of the number ("sixty five", "78,000", "a dozen").
  var range: Range<Int>
  /// Its value, as best read (nil when only its form is known, as "3.11.2").
  var value: Double?
  /// Written in digits rather than words.
  var digits: Bool
}

extension AnswerReading {
  /// Every number in the answer, digits or words, with its token range; read once per answer
  /// by `AnswerReading.init`, as every rule about numbers looks at them.
  static func findNumbers(in tokens: [AnswerToken], lexicon: FeedbackLexicon) -> [FoundNumber] {
    NumberScan(tokens: tokens, lexicon: lexicon).numbers()
  }
}

/// Reads the numbers of a list of tokens.
private struct NumberScan {
  let tokens: [AnswerToken]
  let lexicon: FeedbackLexicon

  func numbers() -> [FoundNumber] {
    var found: [FoundNumber] = []
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      if token.kind == .number {
        found.append(
          FoundNumber(range: index..<(index + 1), value: digitValue(token.lower), digits: true))
        index += 1
        continue
      }
      guard token.kind == .word, let value = wordValue(token.lower) else {
        index += 1
        continue
      }
      // "sixty five thousand", "a hundred and ten": one number.
      var end = index + 1
      var total = value
      while end < tokens.count, tokens[end].kind == .word {
        if let more = wordValue(tokens[end].lower) {
          total = more >= 100 ? max(total, 1) * more : total + more
          end += 1
        } else if tokens[end].lower == "and", end + 1 < tokens.count,
          let more = wordValue(tokens[end + 1].lower), more < 100, total >= 100
        {
          total += more
          end += 2
        } else {
          break
        }
      }
      found.append(FoundNumber(range: index..<end, value: total, digits: false))
      index = end
    }
    return found
  }

  func wordValue(_ lower: String) -> Double? { AnswerReading.wordValue(lower, lexicon: lexicon) }

  func digitValue(_ lower: String) -> Double? { AnswerReading.digitValue(lower) }
}

extension AnswerReading {
  /// The value of a number written in words ("sixty", "sixty-five", "forty-odd"), or nil.
  static func wordValue(_ lower: String, lexicon: FeedbackLexicon) -> Double? {
    if let value = lexicon.numberWords[lower] { return value }
    guard lower.contains("-") else { return nil }
    let parts = lower.split(separator: "-").map(String.init)
    guard let first = parts.first, let head = lexicon.numberWords[first] else { return nil }
    // "one-twenty", "one-fifty": a hundred and twenty, as salaries are said.
    if parts.count == 2, head < 10, let tens = lexicon.numberWords[parts[1]], tens >= 20,
      tens < 100,
      tens.truncatingRemainder(dividingBy: 10) == 0
    {
      return head * 100 + tens
    }
    var total = head
    for part in parts.dropFirst() {
      if let value = lexicon.numberWords[part], value < 10 {
        total += value
      } else if ["odd", "ish", "plus", "something"].contains(part) {
        continue
      } else if lexicon.measureUnits.contains(part) || lexicon.measureUnits.contains(part + "s") {
        // "four-week", "two-day": a number with its unit; "three-year-old" is an age.
        return parts.contains("old") ? nil : total
      } else {
        return nil
      }
    }
    return total
  }

  static func digitValue(_ lower: String) -> Double? {
    var digits = ""
    var dots = 0
    for scalar in lower.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        digits.unicodeScalars.append(scalar)
      } else if scalar == "." {
        dots += 1
        digits.append(".")
      } else if scalar == "," {
        continue
      } else {
        break
      }
    }
    guard dots <= 1, var value = Double(digits) else { return nil }
    if lower.hasSuffix("k") { value *= 1000 }
    if lower.hasSuffix("m") && !lower.hasSuffix("pm") && !lower.hasSuffix("am") {
      value *= 1_000_000
    }
    return value
  }

  /// The unit-like word after a number, skipping a hyphen ("30-minute") and "of" ("a dozen of").
  private func unitAfter(_ number: FoundNumber) -> String? {
    var index = number.range.upperBound
    if index < tokens.count, tokens[index].lower == "-" { index += 1 }
    return word(index)
  }

  // MARK: - Quantified

  /// Whether at least one number measures something: not a year, a date, an age, a version or
  /// a time ago.
  func quantified() -> Bool {
    for token in tokens where token.kind == .word && lexicon.multiplierWords.contains(token.lower) {
      _ = token
      return true
    }
    return numbers.contains { isMeasure($0) }
  }

  /// Whether `number` measures something.
  func isMeasure(_ number: FoundNumber) -> Bool {
    let first = number.range.lowerBound
    let head = tokens[first]
    let last = tokens[number.range.upperBound - 1]
    let before = first > 0 ? tokens[first - 1] : nil
    let beforeWord = before?.lower ?? ""
    let after = unitAfter(number) ?? ""
    let afterToken = number.range.upperBound < tokens.count ? tokens[number.range.upperBound] : nil
    // "27 of 30", "one in five", "3 out of 4": a share.
    let share =
      ["of", "in", "out"].contains(after)
      && (numbers.contains { $0.range.lowerBound == number.range.upperBound + 1 }
        || (after == "out" && word(number.range.upperBound + 1) == "of"))
    let compound = head.lower.contains("-") && lexicon.numberWords[head.lower] == nil
    let hasUnit =
      lexicon.measureUnits.contains(after) || head.lower.hasSuffix("%") || share || compound

    if number.digits {
      let lower = head.lower
      // Ordinals ("3rd"), versions ("3.11.2"), times of day, dates and ratios ("24/7", "9:30").
      for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) { return false }
      if lower.filter({ $0 == "." }).count > 1 { return false }
      if let afterToken, ["/", ":"].contains(afterToken.lower) { return false }
      if let before, ["/", ":", "'", "#", "v"].contains(before.lower) { return false }
      if ["am", "pm", "o'clock"].contains(after) || lower.hasSuffix("am") || lower.hasSuffix("pm") {
        return false
      }
      if let value = number.value, value >= 1900, value <= 2099, !lower.contains(","),
        !lower.contains("."), !hasUnit || after == "years"
      {
        return false
      }
    } else {
      // "one" is a pronoun as often as a count; "once" a conjunction; "half" a part of a year.
      switch head.lower {
      case "one":
        guard
          number.range.count > 1 || after == "in" || beforeWord == "only" || beforeWord == "just"
        else { return false }
      case "once":
        guard after == "a" || after == "every" || after == "per" else { return false }
      case "couple":
        guard
          number.range.count > 1
            || ["hundred", "thousand", "dozen"].contains(word(number.range.upperBound + 1) ?? "")
        else { return false }
      case "half":
        if ["first", "second", "latter", "back", "other", "front"].contains(beforeWord) {
          return false
        }
      case "third":
        guard ["a", "one", "two"].contains(beforeWord) || last.lower == "thirds" else {
          return false
        }
      case "quarter":
        guard ["a", "one", "three"].contains(beforeWord), after == "of" else { return false }
      case "score":
        return false
      default:
        break
      }
      if last.lower == "third", !["a", "one", "two"].contains(beforeWord) { return false }
    }
    // "two years ago", "three months back"
    let agoIndex = number.range.upperBound + (hasUnit ? 1 : 0)
    if ["ago", "back", "earlier", "before", "prior"].contains(word(agoIndex) ?? ""),
      ["years", "year", "months", "month", "weeks", "week", "days", "day", "decades"].contains(
        after)
    {
      return false
    }
    if ["ago", "old", "years-old", "year-old"].contains(after) { return false }
    if after == "years" || after == "year", word(number.range.upperBound + 1) == "old" {
      return false
    }
    if after.hasPrefix("year-old") || after.hasPrefix("years-old") { return false }
    // Dates: "March 4", "4 March", "the 4th of March".
    if lexicon.months.contains(beforeWord) || lexicon.months.contains(after) { return false }
    if after == "of", let month = word(number.range.upperBound + 1), lexicon.months.contains(month)
    {
      return false
    }
    // Versions and names: "Python 3", "level 2", "Sprint 14", "Windows 10".
    if lexicon.versionWords.contains(beforeWord), !share { return false }
    if hasUnit { return true }
    // Ages: "when I was 22", "at 19", "aged 30".
    if ["aged", "age", "turned", "circa"].contains(beforeWord) { return false }
    if beforeWord == "at", number.digits || number.value.map({ $0 >= 13 }) == true {
      return false
    }
    if beforeWord == "was" || beforeWord == "i'm",
      number.value.map({ $0 >= 13 && $0 <= 90 }) == true,
      first >= 2, ["i", "he", "she", "you"].contains(tokens[first - 2].lower)
    {
      return false
    }
    if let before, before.kind == .word, before.isCapitalized, before.lower != "i",
      first >= 1, before.sentence == head.sentence,
      first >= 2 && tokens[first - 2].sentence == head.sentence
    {
      return false
    }
    return true
  }
}
