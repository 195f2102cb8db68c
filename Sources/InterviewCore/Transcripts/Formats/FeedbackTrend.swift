import Foundation

/// How the coaching feedback moved over the latest sessions: fillers per 100 words, and the
/// share of behavioural answers that set out the context, told the actions, stated the result
/// and put a number on it, per session and the later half against the earlier.
///
/// Sessions with no analysed answers (stored before feedback existed, and not yet run through
/// `transcripts analyse`) are left out: they would read as answers with nothing in them.
/// Halves are made as in `TranscriptTrend`, and figures are over answers, not sessions.
public struct FeedbackTrend: Encodable, Equatable, Sendable {
  /// The figures of one session, or of a half.
  public struct Figures: Encodable, Equatable, Sendable {
    /// Analysed answers and follow-ups.
    public var answers: Int
    /// Words in them.
    public var words: Int
    /// Fillers in them.
    public var fillers: Int
    /// Fillers per 100 words, to one decimal; 0 without words.
    public var fillersPer100Words: Double
    /// Analysed behavioural answers (not follow-ups): what the shares are out of.
    public var behaviouralAnswers: Int
    /// The share of those that set out the context, 0 to 1; nil without any.
    public var contextShare: Double?
    /// The share that told the candidate's actions.
    public var actionShare: Double?
    /// The share that stated the result.
    public var resultShare: Double?
    /// The share that put a number on something.
    public var quantifiedShare: Double?

    enum CodingKeys: String, CodingKey {
      case answers, words, fillers
      case fillersPer100Words = "fillers_per_100_words"
      case behaviouralAnswers = "behavioural_answers"
      case contextShare = "context_share"
      case actionShare = "action_share"
      case resultShare = "result_share"
      case quantifiedShare = "quantified_share"
    }

    /// The figures of `feedback`, one session's or several added up.
    init(_ feedback: TranscriptStats.Feedback) {
      answers = feedback.answers
      words = feedback.words
      fillers = feedback.fillers
      fillersPer100Words =
        feedback.words == 0
        ? 0 : (Double(feedback.fillers) * 1000 / Double(feedback.words)).rounded() / 10
      behaviouralAnswers = feedback.behavioural
      func share(_ count: Int) -> Double? {
        feedback.behavioural == 0 ? nil : Double(count) / Double(feedback.behavioural)
      }
      contextShare = share(feedback.context)
      actionShare = share(feedback.action)
      resultShare = share(feedback.result)
      quantifiedShare = share(feedback.quantified)
    }

    /// Writes every key; a share without behavioural answers is `null`, not left out.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(answers, forKey: .answers)
      try container.encode(words, forKey: .words)
      try container.encode(fillers, forKey: .fillers)
      try container.encode(fillersPer100Words, forKey: .fillersPer100Words)
      try container.encode(behaviouralAnswers, forKey: .behaviouralAnswers)
      try container.encode(contextShare, forKey: .contextShare)
      try container.encode(actionShare, forKey: .actionShare)
      try container.encode(resultShare, forKey: .resultShare)
      try container.encode(quantifiedShare, forKey: .quantifiedShare)
    }
  }

  /// One session on the trend.
  public struct Session: Encodable, Equatable, Sendable {
    /// The session's id.
    public var sessionID: Int64
    /// When it started, ISO 8601 in UTC.
    public var started: String
    /// Its feedback figures.
    public var figures: Figures

    enum CodingKeys: String, CodingKey {
      case started
      case sessionID = "session_id"
    }

    /// The session's id and start, its figures beside them in one object.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(sessionID, forKey: .sessionID)
      try container.encode(started, forKey: .started)
      try figures.encode(to: encoder)
    }
  }

  /// One half of the sessions: how many, and their figures added up.
  public struct Half: Encodable, Equatable, Sendable {
    /// Sessions in the half.
    public var sessions: Int
    /// Their figures, over all their answers.
    public var figures: Figures

    enum CodingKeys: String, CodingKey { case sessions }

    init(_ sessions: ArraySlice<TranscriptStats.Recent>) {
      self.sessions = sessions.count
      let feedback = sessions.map(\.feedback)
      figures = Figures(
        TranscriptStats.Feedback(
          answers: feedback.reduce(0) { $0 + $1.answers },
          words: feedback.reduce(0) { $0 + $1.words },
          fillers: feedback.reduce(0) { $0 + $1.fillers },
          behavioural: feedback.reduce(0) { $0 + $1.behavioural },
          context: feedback.reduce(0) { $0 + $1.context },
          action: feedback.reduce(0) { $0 + $1.action },
          result: feedback.reduce(0) { $0 + $1.result },
          quantified: feedback.reduce(0) { $0 + $1.quantified }))
    }

    /// The number of sessions beside the figures, in one object.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(sessions, forKey: .sessions)
      try figures.encode(to: encoder)
    }
  }

  /// The sessions with analysed answers, oldest first.
  public var sessions: [Session]
  /// The older half of them; nil with fewer than two.
  public var earlier: Half?
  /// The newer half; nil with fewer than two.
  public var later: Half?

  /// The feedback trend across `recent` (oldest first), or nil when none of them has an
  /// analysed answer.
  public init?(recent: [TranscriptStats.Recent]) {
    let analysed = recent.filter { $0.feedback.answers > 0 }
    guard !analysed.isEmpty else { return nil }
    sessions = analysed.map {
      Session(
        sessionID: $0.sessionID, started: TranscriptFormat.iso8601($0.started),
        figures: Figures($0.feedback))
    }
    if analysed.count >= 2 {
      let half = analysed.count / 2
      earlier = Half(analysed.prefix(half))
      later = Half(analysed.suffix(half))
    }
  }

  /// The trend as text: a heading, then one row per figure with the halves (when there are two
  /// or more sessions) and each session's value, oldest first. `table` lays out the rows.
  public func lines(table: ([[String]]) -> [String]) -> [String] {
    let count = sessions.count
    var heading =
      count == 1
      ? "Feedback in the 1 session with analysed answers"
      : "Feedback across the last \(count) sessions with analysed answers"
    if let earlier, let later {
      heading += " (the later \(later.sessions) against the earlier \(earlier.sessions))"
    }
    let measures: [(String, (Figures) -> String)] = [
      ("fillers per 100 words", { TranscriptFormat.tenths($0.fillersPer100Words) }),
      ("behavioural answers", { String($0.behaviouralAnswers) }),
      ("  with context", { Self.percent($0.contextShare) }),
      ("  with an action", { Self.percent($0.actionShare) }),
      ("  with a result", { Self.percent($0.resultShare) }),
      ("  with a number", { Self.percent($0.quantifiedShare) }),
    ]
    var rows: [[String]] = []
    if let earlier, let later {
      rows.append(["", "EARLIER", "LATER", "EACH SESSION, OLDEST FIRST"])
      for (label, value) in measures {
        rows.append([
          label, value(earlier.figures), value(later.figures),
          sessions.map { value($0.figures) }.joined(separator: " "),
        ])
      }
    } else {
      for (label, value) in measures {
        rows.append([label, sessions.map { value($0.figures) }.joined(separator: " ")])
      }
    }
    return [heading + ":"] + table(rows).map { "  " + $0 }
  }

  /// A share as a whole percentage, `-` when there was nothing to take a share of.
  private static func percent(_ share: Double?) -> String {
    guard let share, share.isFinite else { return "-" }
    return "\(Int((min(max(share, 0), 1) * 100).rounded()))%"
  }
}
