import Foundation
import InterviewCore
import Testing

@Suite struct TranscriptTrendTests {
  static func recent(_ id: Int64, answers: Int, thinking: Int = 10_000, answering: Int, over: Int)
    -> TranscriptStats.Recent
  {
    TranscriptStats.Recent(
      sessionID: id, started: FormatFixture.at(Double(id) * 86_400), answers: answers,
      meanThinkingMilliseconds: thinking, meanAnswerMilliseconds: answering, overTarget: over)
  }

  @Test("fewer than two sessions with answers have no trend")
  func tooFew() {
    #expect(TranscriptTrend(recent: []) == nil)
    #expect(
      TranscriptTrend(recent: [Self.recent(1, answers: 3, answering: 60_000, over: 1)]) == nil)
    #expect(
      TranscriptTrend(recent: [
        Self.recent(1, answers: 3, answering: 60_000, over: 1),
        Self.recent(2, answers: 0, answering: 0, over: 0),
      ]) == nil)
  }

  /// Answers read from a pipe have no times: a session of only those is left out of the trend,
  /// and a session's untimed answers do not weigh in its half.
  @Test("untimed answers are left out of the time trend")
  func untimedAnswersAreLeftOut() throws {
    let piped = TranscriptStats.Recent(
      sessionID: 3, started: FormatFixture.at(3 * 86_400), answers: 5, timedAnswers: 0,
      meanThinkingMilliseconds: 0, meanAnswerMilliseconds: 0, overTarget: 0)
    #expect(
      TranscriptTrend(recent: [Self.recent(1, answers: 3, answering: 60_000, over: 1), piped])
        == nil)
    let mixed = TranscriptStats.Recent(
      sessionID: 2, started: FormatFixture.at(2 * 86_400), answers: 6, timedAnswers: 2,
      meanThinkingMilliseconds: 10_000, meanAnswerMilliseconds: 30_000, overTarget: 0)
    let trend = try #require(
      TranscriptTrend(recent: [
        Self.recent(1, answers: 2, answering: 60_000, over: 1), mixed, piped,
      ]))
    #expect(trend.sessions == 2)
    #expect(trend.later.answers == 2)
    #expect(trend.later.meanAnswerMilliseconds == 30_000)
    #expect(trend.answerTimeChange == -0.5)
  }

  @Test("shorter answers and fewer over target read as such")
  func gotShorter() throws {
    let trend = try #require(
      TranscriptTrend(recent: [
        Self.recent(1, answers: 4, answering: 100_000, over: 2),
        Self.recent(2, answers: 4, answering: 88_000, over: 0),
      ]))
    #expect(trend.sessions == 2)
    #expect(trend.earlier.meanAnswerMilliseconds == 100_000)
    #expect(trend.later.meanAnswerMilliseconds == 88_000)
    #expect(abs(trend.answerTimeChange - -0.12) < 1e-9)
    #expect(trend.earlier.overTargetShare == 0.5)
    #expect(trend.later.overTargetShare == 0)
    #expect(trend.sentences.contains("answers got 12% shorter"))
    #expect(trend.sentences.contains("thinking time stayed about the same length"))
    #expect(trend.sentences.contains("answers over target went from 50% to 0%"))
  }

  @Test("means weigh sessions by their answers; an odd middle session is in neither half")
  func weightedHalves() throws {
    let trend = try #require(
      TranscriptTrend(recent: [
        Self.recent(1, answers: 1, thinking: 40_000, answering: 10_000, over: 1),
        Self.recent(2, answers: 3, thinking: 0, answering: 50_000, over: 0),
        Self.recent(3, answers: 9, answering: 999_000, over: 9),
        Self.recent(4, answers: 2, answering: 60_000, over: 1),
        Self.recent(5, answers: 2, answering: 80_000, over: 1),
      ]))
    #expect(trend.sessions == 5)
    #expect(trend.earlier.sessions == 2 && trend.later.sessions == 2)
    #expect(trend.earlier.answers == 4)
    #expect(trend.earlier.meanAnswerMilliseconds == 40_000)
    #expect(trend.earlier.meanThinkingMilliseconds == 10_000)
    #expect(trend.later.meanAnswerMilliseconds == 70_000)
    #expect(trend.earlier.overTargetShare == 0.25)
    #expect(trend.later.overTargetShare == 0.5)
    #expect(trend.sentences.contains("answers got 75% longer"))
    #expect(trend.sentences[0].hasPrefix("Across the last 5 sessions"))
  }

  @Test("stats text and JSON carry the trend; without one the text says how to get one")
  func statsCarryTrend() throws {
    var stats = TranscriptStats(
      sessions: 2, finished: 1, answers: 8, overTarget: 2, segments: [], weeks: [],
      recent: [
        Self.recent(1, answers: 4, answering: 100_000, over: 2),
        Self.recent(2, answers: 4, answering: 88_000, over: 0),
      ])
    let lines = StatsText.lines(stats) { $0.map { $0.joined(separator: " ") } }
    #expect(lines.contains("Answers: 8, 25% over target"))
    #expect(lines.contains("  answers got 12% shorter"))
    #expect(StatsJSON(stats).trend == TranscriptTrend(recent: stats.recent))
    #expect(StatsJSON(stats).overTargetShare == 0.25)
    stats.recent.removeLast()
    #expect(StatsJSON(stats).trend == nil)
    #expect(
      StatsText.lines(stats) { _ in [] }.last
        == "Trend: rehearse at least two sessions with answers to see one.")
  }
}
