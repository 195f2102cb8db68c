/// How a follow-up letter sounds: `formal` for a panel the candidate met formally, `warm` for
/// one that was on first-name terms.
public enum LetterTone: String, CaseIterable, Codable, Sendable {
  case formal, warm
}

/// Every sentence a follow-up letter is made of, for one tone. The letter only fills in the
/// blanks: `{company}`, `{position}`, `{panel}` (the names, joined), `{roles}` (the panel by
/// role, joined), `{question}` (a question quoted, its own end mark kept) and `{point}` (what
/// the candidate wants to clarify). Square brackets mark what the candidate still has to write.
///
/// The wording avoids what the seeds say makes a follow-up weak: nothing generic ("thank you
/// for your time and consideration"), no filler ("I am writing to"), no claims a panel reads in
/// every letter ("perfect fit", "passionate"), and short: specifics and one point, then done.
struct LetterTemplate: Sendable {
  /// The subject line.
  var subject: String
  /// The greeting when the interviewers' names are known.
  var greetingNamed: String
  /// The greeting when only their roles are.
  var greetingTeam: String
  /// The thanks, to the people greeted by name.
  var thanksNamed: String
  /// The thanks, naming the panel by role.
  var thanksByRole: String
  /// A specific: the question whose answer the candidate rated best.
  var ratedAnswer: String
  /// A specific: a question the candidate asked the panel.
  var askedQuestion: String
  /// What stands in for the specifics when the transcript has none to offer.
  var noSpecific: String
  /// The clarifying paragraph, from the reflection's follow-up answer.
  var clarification: String
  /// What stands in for it when there is no such reflection.
  var noClarification: String
  /// The closing, restating interest.
  var closing: String
  /// The line before the signature.
  var signOff: String
  /// Where the candidate signs.
  var signature: String
}

/// The templates, one per tone: the one place the letter's words are written.
enum LetterTemplates {
  /// The template for `tone`.
  static func template(_ tone: LetterTone) -> LetterTemplate {
    switch tone {
    case .formal: return formal
    case .warm: return warm
    }
  }

  static let formal = LetterTemplate(
    subject: "Thank you: second interview for {position} at {company}",
    greetingNamed: "Dear {panel},",
    greetingTeam: "Dear {company} interview panel,",
    thanksNamed:
      "Thank you for meeting me for the second interview for the {position} role at "
      + "{company}, and for the thought you put into your questions.",
    thanksByRole:
      "Thank you for meeting me for the second interview for the {position} role at "
      + "{company}. Please pass my thanks to the {roles} for their questions.",
    ratedAnswer: "I especially valued our discussion after you asked: \"{question}\"",
    askedQuestion: "Thank you too for answering my question: \"{question}\"",
    noSpecific: "[Name one moment of the conversation that stayed with you.]",
    clarification: "Having reflected on our conversation, I would like to add one point. {point}",
    noClarification: "[Add the one answer you would now give differently, in two sentences.]",
    closing:
      "I remain very interested in the {position} role and in what I could contribute at "
      + "{company}, and I would welcome the next step.",
    signOff: "Kind regards,",
    signature: "[Your name]")

  static let warm = LetterTemplate(
    subject: "Thanks for the conversation: {position} at {company}",
    greetingNamed: "Hi {panel},",
    greetingTeam: "Hi {company} team,",
    thanksNamed:
      "Thanks for having me back to talk about the {position} role at {company}. "
      + "I enjoyed our conversation.",
    thanksByRole:
      "Thanks for having me back to talk about the {position} role at {company}. "
      + "I enjoyed meeting the {roles}.",
    ratedAnswer: "I especially enjoyed talking through your question: \"{question}\"",
    askedQuestion: "Thanks too for taking my question: \"{question}\"",
    noSpecific: "[Name one moment of the conversation you enjoyed.]",
    clarification: "Since we spoke, there is one thing I would like to add. {point}",
    noClarification: "[Add the one answer you would now give differently, in two sentences.]",
    closing:
      "I'm keen on the {position} role and on working with the team at {company}, "
      + "and I'd be glad to talk about next steps.",
    signOff: "Best wishes,",
    signature: "[Your name]")
}
