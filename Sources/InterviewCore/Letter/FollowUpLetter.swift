import Foundation

/// The thank-you email to send after a second interview, drafted from its stored transcript:
/// a subject; thanks to the panel by name or by role; one or two specifics from the interview;
/// the reflection's "what should your follow-up note address" made into a clarifying paragraph;
/// and a closing that restates interest. Deterministic: the same transcript, tone and recipient
/// give the same letter. The words are `LetterTemplates`'; this type only chooses and fills.
public struct FollowUpLetter: Equatable, Sendable {
  /// The subject line, without "Subject:".
  public var subject: String
  /// "Dear …," or "Hi …,".
  public var greeting: String
  /// The paragraph of thanks, naming the company and position (and the panel's roles).
  public var thanks: String
  /// The specifics, one sentence each, or the placeholder asking for one.
  public var specifics: [String]
  /// The clarifying paragraph, or its placeholder when there is no reflection to draw on.
  public var clarification: String
  /// Whether `clarification` is the placeholder.
  public var clarificationIsPlaceholder: Bool
  /// The closing, restating interest.
  public var closing: String
  /// The sign-off and the signature, a line each.
  public var signOff: [String]

  /// The most words the clarifying paragraph takes from the reflection, and a quoted question
  /// from the transcript: together they keep the letter under 200 words, as the seeds ask
  /// ("be concise").
  static let clarificationWords = 45
  /// See `clarificationWords`.
  static let quotedQuestionWords = 18

  /// The letter for `transcript` in `tone`. `recipient` (`--to`) is whom it greets, over the
  /// interviewers saved with the session; without either it greets the panel and thanks its
  /// members by role: `panel`, else the default interviewer of each segment rehearsed.
  public init(
    transcript: Transcript, tone: LetterTone = .formal, recipient: String? = nil,
    panel: [String]? = nil
  ) {
    let template = LetterTemplates.template(tone)
    let summary = transcript.summary
    var names = Interviewers.names(in: transcript.summary.interviewers ?? "")
    if let recipient = recipient.map({ $0.trimmingCharacters(in: " ") }), !recipient.isEmpty {
      names = [recipient]
    }
    let roles = panel ?? Self.panel(segments: summary.segments)
    var blanks: [String: String] = [
      "company": summary.company, "position": summary.position,
      "roles": Self.list(roles.map { "the " + Self.midSentence($0) }).dropping(prefix: "the "),
    ]
    if !names.isEmpty {
      blanks["panel"] = Self.list(tone == .warm ? names.map(Self.firstName) : names)
    }
    let fill = { (text: String) in Self.fill(text, blanks) }
    subject = fill(template.subject)
    greeting = fill(names.isEmpty ? template.greetingTeam : template.greetingNamed)
    thanks = fill(
      names.isEmpty && !roles.isEmpty ? template.thanksByRole : template.thanksNamed)
    specifics = Self.specifics(transcript.entries).map { kind, question in
      let text = kind == .candidateQuestion ? template.askedQuestion : template.ratedAnswer
      return Self.fill(text, ["question": question])
    }
    if specifics.isEmpty { specifics = [template.noSpecific] }
    if let point = Self.point(transcript.entries) {
      clarification = Self.fill(template.clarification, ["point": point])
      clarificationIsPlaceholder = false
    } else {
      clarification = template.noClarification
      clarificationIsPlaceholder = true
    }
    closing = fill(template.closing)
    signOff = [template.signOff, template.signature]
  }

  /// The whole letter as text: the subject line, a blank line, then the body in paragraphs.
  public var text: String {
    let paragraphs = [
      "Subject: " + subject, greeting, thanks, specifics.joined(separator: " "), clarification,
      closing, signOff.joined(separator: "\n"),
    ]
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// Words in the letter, subject and signature included.
  public var wordCount: Int { Self.words(in: text) }

  /// Words in `text`: runs of characters between blanks.
  public static func words(in text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).count
  }

  /// The letter to show for `transcript`: the one the candidate edited and saved, if any, else
  /// a draft in `tone`.
  public static func text(
    for transcript: Transcript, tone: LetterTone = .formal, recipient: String? = nil,
    panel: [String]? = nil
  ) -> String {
    if let saved = transcript.letter, !saved.trimmingCharacters(in: " ").isEmpty { return saved }
    return FollowUpLetter(transcript: transcript, tone: tone, recipient: recipient, panel: panel)
      .text
  }

  // MARK: - Choosing

  /// The panel by role when the deck is not at hand: each segment's default interviewer, in
  /// the order they first asked, once each.
  public static func panel(segments: [String]) -> [String] {
    var roles: [String] = []
    for segment in segments.compactMap(SegmentKind.init(rawValue:)) {
      let role = segment.defaultInterviewer
      if !roles.contains(role) { roles.append(role) }
    }
    return roles
  }

  /// The panel by role from `deck`: the interviewer of each segment rehearsed, in order, once
  /// each; a segment the deck no longer has falls back to its default interviewer.
  public static func panel(segments: [String], deck: Deck) -> [String] {
    var roles: [String] = []
    for kind in segments.compactMap(SegmentKind.init(rawValue:)) {
      let role = deck.segments.first { $0.kind == kind }?.interviewer ?? kind.defaultInterviewer
      if !roles.contains(role) { roles.append(role) }
    }
    return roles
  }

  /// Up to two specifics, as (kind, quoted question): the answer rated best (4 or 5, the
  /// highest first, then the earliest), then the first question the candidate asked; with no
  /// such question, the second best-rated answer.
  static func specifics(_ entries: [Entry]) -> [(EntryKind, String)] {
    let rated = entries.filter { $0.isAnswer && ($0.annotation.rating ?? 0) >= 4 }
      .sorted {
        ($0.annotation.rating ?? 0, -$0.sequence) > ($1.annotation.rating ?? 0, -$1.sequence)
      }
    let asked = entries.filter {
      $0.kind == .candidateQuestion && !$0.skipped && !$0.answer.trimmingCharacters(in: " ").isEmpty
    }
    var chosen: [(EntryKind, String)] = []
    if let best = rated.first { chosen.append((.answer, quoted(best.question))) }
    if let question = asked.first {
      chosen.append((.candidateQuestion, quoted(question.answer)))
    } else if rated.count > 1 {
      chosen.append((.answer, quoted(rated[1].question)))
    }
    if chosen.count < 2, asked.count > 1, rated.isEmpty {
      chosen.append((.candidateQuestion, quoted(asked[1].answer)))
    }
    return chosen
  }

  /// The reflection's answer to "what should your follow-up note address", as sentences for
  /// the letter: on one line, capitalised, ending in a full stop, and cut to
  /// `clarificationWords` (at the end of a sentence when one ends in time); nil without one.
  static func point(_ entries: [Entry]) -> String? {
    guard
      let entry = entries.last(where: {
        $0.kind == .reflection && $0.question == ReflectionPrompt.followUp.text && !$0.skipped
      })
    else { return nil }
    let words = entry.answer.split(whereSeparator: { $0.isWhitespace })
    guard !words.isEmpty else { return nil }
    var kept = Array(words.prefix(clarificationWords))
    if words.count > kept.count {
      // Cut at the last sentence that ends within the limit; failing that, mid-sentence.
      if let end = kept.lastIndex(where: { ".!?".contains($0.last ?? " ") }) {
        kept = Array(kept[...end])
      } else {
        kept[kept.count - 1] += "..."
      }
    }
    return sentence(kept.joined(separator: " "))
  }

  /// A question as the letter quotes it: its first sentence, one line, at most
  /// `quotedQuestionWords` words, its own end mark kept (a full stop added when it has none).
  static func quoted(_ question: String) -> String {
    let words = question.split(whereSeparator: { $0.isWhitespace })
    var first: [Substring] = []
    for word in words {
      first.append(word)
      if "?.!".contains(word.last ?? " ") { break }
    }
    if first.count > quotedQuestionWords {
      first = Array(first.prefix(quotedQuestionWords))
      first[first.count - 1] += "..."
    }
    return sentence(first.joined(separator: " ").replacingOccurrences(of: "\"", with: "'"))
  }

  // MARK: - Wording

  /// `text` starting with a capital and ending with an end mark.
  static func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    var result = first.uppercased() + text.dropFirst()
    if !".!?".contains(result.last ?? " ") && !result.hasSuffix("...") { result += "." }
    return result
  }

  /// A role as it reads inside a sentence: "Hiring manager" becomes "hiring manager"; an
  /// initialism ("HR partner") keeps its capitals.
  static func midSentence(_ role: String) -> String {
    let word = role.prefix { $0 != " " }
    guard word.count == 1 || !word.dropFirst().contains(where: \.isUppercase) else { return role }
    return role.prefix(1).lowercased() + role.dropFirst()
  }

  /// A name as the warm tone greets it: its first word, unless that is a title ("Dr.").
  static func firstName(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard let first = words.first, words.count > 1, first.last != "." else { return name }
    return String(first)
  }

  /// "A", "A and B", "A, B and C".
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    let rest = items.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last
  }

  /// `template` with each `{name}` replaced by its value, in one pass (so a value holding
  /// braces stays as typed); unknown blanks are left as written.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      result += values[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }
}

/// The interviewers the candidate named in the setup form, written as one comma-separated line.
public enum Interviewers {
  /// The names in `text`, trimmed, empty ones dropped: "Dana Reyes, , Sam" gives two.
  public static func names(in text: String) -> [String] {
    text.split(separator: ",").map { part in
      part.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }.filter { !$0.isEmpty }
  }

  /// The field as saved: the names joined by ", ", or nil when there are none.
  public static func normalized(_ text: String) -> String? {
    let names = names(in: text)
    return names.isEmpty ? nil : names.joined(separator: ", ")
  }
}

extension String {
  /// The text without `prefix` at its start, if it starts so.
  fileprivate func dropping(prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
