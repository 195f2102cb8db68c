import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct StatsTests {
  /// 2026-03-02 00:00:00 UTC, a Monday.
  static let monday = date(1_772_409_600_000)

  /// `days` (and `hours`) after `monday`.
  static func at(days: Double, hours: Double = 0) -> Date {
    monday.addingTimeInterval(days * 86_400 + hours * 3_600)
  }

  /// Four sessions over three weeks; see each for what it contributes.
  private func fourSessions() throws -> (ReviewStore, [Int64]) {
    let fixture = try ReviewStore()
    // Sunday 23:30 UTC: the week before.
    let sunday = try fixture.add(
      started: Self.at(days: -1, hours: 23.5),
      entries: [
        reviewEntry(1, segment: .behavioural, thinking: 2_000, answering: 100_000, target: 90_000),
        reviewEntry(2, segment: .technical, thinking: 4_000, answering: 50_000, target: 60_000),
        reviewEntry(3, segment: .behavioural, answering: 999_000, target: 1_000, skipped: true),
        reviewEntry(
          4, kind: .candidateQuestion, segment: .questions, thinking: 9_000,
          answering: 999_000, target: 1_000),
        reviewEntry(5, kind: .reflection, segment: nil, thinking: 9_000, answering: 999_000),
      ])
    // Monday 00:00 UTC exactly: the first moment of the next week.
    let monday = try fixture.add(
      started: Self.at(days: 0),
      entries: [
        reviewEntry(1, segment: .technical, thinking: 6_000, answering: 70_000, target: 60_000),
        reviewEntry(
          2, kind: .followUp, segment: .behavioural, thinking: 1_000, answering: 20_000,
          target: nil, parent: 1),
        reviewEntry(3, segment: .salary, thinking: 500, answering: 10_000, target: 30_000),
      ])
    // Wednesday, interrupted, with nothing answered.
    let wednesday = try fixture.add(
      started: Self.at(days: 2, hours: 10),
      entries: [reviewEntry(1, segment: .culture, skipped: true)], status: .interrupted)
    // Tuesday of the week after.
    let later = try fixture.add(
      started: Self.at(days: 8, hours: 14),
      entries: [
        reviewEntry(1, segment: .culture, thinking: 3_000, answering: 40_000, target: 30_000)
      ])
    return (fixture, [sunday, monday, wednesday, later])
  }

  @Test func totalsCountSessionsAndAnswersGiven() throws {
    let (fixture, _) = try fourSessions()
    defer { fixture.remove() }
    let stats = try fixture.store.stats()
    #expect(stats.sessions == 4)
    #expect(stats.finished == 3)
    #expect(stats.answers == 6)
    #expect(stats.overTarget == 3)
  }

  @Test func segmentsComeInInterviewOrderWithTheirMeans() throws {
    let (fixture, _) = try fourSessions()
    defer { fixture.remove() }
    let segments = try fixture.store.stats().segments
    #expect(segments.map(\.segment) == ["behavioural", "technical", "culture", "salary"])
    #expect(
      segments == [
        .init(
          segment: "behavioural", answers: 2, meanThinkingMilliseconds: 1_500,
          meanAnswerMilliseconds: 60_000, overTarget: 1),
        .init(
          segment: "technical", answers: 2, meanThinkingMilliseconds: 5_000,
          meanAnswerMilliseconds: 60_000, overTarget: 1),
        .init(
          segment: "culture", answers: 1, meanThinkingMilliseconds: 3_000,
          meanAnswerMilliseconds: 40_000, overTarget: 1),
        .init(
          segment: "salary", answers: 1, meanThinkingMilliseconds: 500,
          meanAnswerMilliseconds: 10_000, overTarget: 0),
      ])
    // The segments add up to the totals.
    let stats = try fixture.store.stats()
    #expect(segments.reduce(0) { $0 + $1.answers } == stats.answers)
    #expect(segments.reduce(0) { $0 + $1.overTarget } == stats.overTarget)
  }

  @Test func weeksStartOnMondayUTC() throws {
    let (fixture, _) = try fourSessions()
    defer { fixture.remove() }
    let weeks = try fixture.store.stats().weeks
    #expect(
      weeks == [
        .init(start: Self.at(days: -7), sessions: 1, answers: 2),
        .init(start: Self.at(days: 0), sessions: 2, answers: 3),
        .init(start: Self.at(days: 7), sessions: 1, answers: 1),
      ])
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    for week in weeks {
      #expect(calendar.component(.weekday, from: week.start) == 2)  // Monday
      #expect(calendar.dateComponents([.hour, .minute, .second], from: week.start).hour == 0)
    }
  }

  @Test func recentSessionsWithAnswersComeOldestFirstAndLimited() throws {
    let (fixture, ids) = try fourSessions()
    defer { fixture.remove() }
    let (sunday, monday, _, later) = (ids[0], ids[1], ids[2], ids[3])
    let recent = try fixture.store.stats().recent
    // The interrupted session answered nothing, so it is no point on the trend.
    #expect(recent.map(\.sessionID) == [sunday, monday, later])
    #expect(
      recent == [
        .init(
          sessionID: sunday, started: Self.at(days: -1, hours: 23.5), answers: 2,
          meanThinkingMilliseconds: 3_000, meanAnswerMilliseconds: 75_000, overTarget: 1),
        .init(
          sessionID: monday, started: Self.at(days: 0), answers: 3,
          meanThinkingMilliseconds: 2_500, meanAnswerMilliseconds: 33_333, overTarget: 1),
        .init(
          sessionID: later, started: Self.at(days: 8, hours: 14), answers: 1,
          meanThinkingMilliseconds: 3_000, meanAnswerMilliseconds: 40_000, overTarget: 1),
      ])
    #expect(try fixture.store.stats(recentSessions: 2).recent.map(\.sessionID) == [monday, later])
    #expect(try fixture.store.stats(recentSessions: 0).recent == [])
  }

  @Test func drillsCountInTheTotalsButNotOnTheTrend() throws {
    let (fixture, ids) = try fourSessions()
    defer { fixture.remove() }
    let drill = try fixture.store.createSession(drillSession(started: Self.at(days: 9)))
    try fixture.store.append(deckAnswer(1, to: "conflict", at: 0), to: drill)
    let stats = try fixture.store.stats()
    #expect(stats.sessions == 5)
    #expect(stats.recent.map(\.sessionID) == [ids[0], ids[1], ids[3]])
  }

  @Test func anEmptyStoreHasZeroStats() throws {
    let fixture = try ReviewStore()
    defer { fixture.remove() }
    #expect(
      try fixture.store.stats()
        == TranscriptStats(
          sessions: 0, finished: 0, answers: 0, overTarget: 0, segments: [], weeks: [], recent: []))
    // And so does a read-only opening of a directory with no store at all.
    let nowhere = try TemporaryDirectory()
    defer { nowhere.remove() }
    let reader = try TranscriptDatabase.open(directory: nowhere.data, access: .readOnly)
    #expect(try reader.stats().sessions == 0)
  }
}
