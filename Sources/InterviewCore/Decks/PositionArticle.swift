/// The article English puts before a job title in "how you work as ___", for `{a_position}`.
public enum PositionArticle {
  /// Titles that name a single post take "the": "the Head of Data", "the VP of Sales".
  static let singlePostWords: Set<String> = ["head", "director", "vp", "chief", "president"]

  /// Beginnings of words spelled with a vowel but said with a consonant sound ("a University
  /// Liaison", "a European Sales Lead", "a One-Person Team Lead"): each takes "a".
  static let consonantSounds = [
    "uni", "use", "usu", "usa", "uti", "ux", "ura", "ure", "uro", "eu", "ewe", "one", "once",
  ]

  /// Beginnings of words spelled with a consonant but said with a vowel sound (a silent h):
  /// each takes "an".
  static let vowelSounds = ["hour", "honest", "honor", "honour", "heir"]

  /// Letters whose spoken name starts with a vowel sound ("an SRE", "an MBA Intern"), for a
  /// title that opens with an all-capitals acronym.
  static let vowelSoundingLetters: Set<Character> = [
    "A", "E", "F", "H", "I", "L", "M", "N", "O", "R", "S", "X",
  ]

  /// `position` with its article: "an Engineering Manager", "a Data Analyst", "the Head of
  /// Data"; an empty title stays empty.
  public static func withArticle(_ position: String) -> String {
    guard let article = article(for: position) else { return position }
    return article + " " + position
  }

  /// "the", "an" or "a" for `position`; nil for a title with no letters to judge by.
  public static func article(for position: String) -> String? {
    let firstWord =
      position.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
      .first.map(String.init) ?? ""
    guard let first = firstWord.first else { return nil }
    let lowered = firstWord.lowercased()
    if singlePostWords.contains(lowered) { return "the" }
    if isAcronym(firstWord, in: position) {
      return vowelSoundingLetters.contains(first) ? "an" : "a"
    }
    if consonantSounds.contains(where: lowered.hasPrefix) { return "a" }
    if vowelSounds.contains(where: lowered.hasPrefix) { return "an" }
    return "aeiou".contains(lowered.first ?? "b") ? "an" : "a"
  }

  /// Whether `word`, the first of `position`, is said letter by letter: all capitals, and either
  /// short ("SRE", "QA") or beside lower-case words ("MBA Intern"). A title typed all in
  /// capitals ("SALES LEAD") is read as words.
  private static func isAcronym(_ word: String, in position: String) -> Bool {
    guard word.contains(where: \.isLetter), word.allSatisfy({ $0.isUppercase || $0.isNumber })
    else { return false }
    return word.count <= 3 || position.contains(where: \.isLowercase)
  }
}
