import Foundation
import Testing

/// The full-screen interview in a real terminal (tmux): typing, speaking, resizing, and
/// surviving signals with the draft intact.
///
/// Screens are matched on words that come from the plan or the core (question and prompt
/// texts), not on layout; the wording of the screens themselves is left free to change.
@Suite(
  "rehearse in a terminal (tmux)",
  .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TmuxRehearsalTests {
  /// A small interview: one behavioural question, then the candidate's questions.
  static let smallInterview = [
    "--seed", "3", "--per-segment", "1", "--segments", "behavioural,questions", "--no-follow-ups",
  ]

  /// `rehearse --start` for Acme / Analyst with `flags`, kept in the sandbox's store.
  static func arguments(_ sandbox: Sandbox, _ flags: [String]) -> [String] {
    ["rehearse", "--start", "--company", "Acme", "--position", "Analyst"] + flags
      + ["--data-dir", sandbox.store.path]
  }

  /// The first question the interview `flags` describe asks: a plain run with the same seed
  /// and flags draws the same plan.
  static func firstQuestion(_ flags: [String]) throws -> String {
    let scout = try Sandbox()
    // One answer: a run that answers nothing keeps no transcript to read the question from.
    let result = try scout.run(scout.plainArguments(flags), input: "scouting\n:quit\n")
    try #require(result.exitCode == 0, "plain run: \(result.stderr)")
    return try #require(scout.onlyTranscript().entries.first?.question)
  }

  /// Types `text` and waits until the answer box shows it (ending with it).
  private func type(_ text: String, in tmux: Tmux, expecting draft: String) throws {
    try tmux.type(text)
    let shown = tmux.waitForScreen { Tmux.boxText($0).hasSuffix(Tmux.flat(draft)) }
    try #require(shown != nil, "the box never showed '\(draft)':\n\((try? tmux.screen()) ?? "")")
  }

  /// From the summary's key press on: `q` quits with exit 0.
  private func quitFromSummary(_ tmux: Tmux) throws {
    try tmux.press("q")
    let status = tmux.waitForExit()
    #expect(status == 0, "exit status \(String(describing: status))")
  }

  /// Skips the three optional reflection prompts with Enter, to the summary.
  private func skipReflection(_ tmux: Tmux) throws {
    try #require(try tmux.press("Enter", until: "What would you do differently next time?") != nil)
    try #require(
      try tmux.press("Enter", until: "What should your follow-up note to the panel address?") != nil
    )
    try tmux.press("Enter")
    #expect(tmux.waitFor("Summary") != nil, "no summary:\n\((try? tmux.screen()) ?? "")")
  }

  @Test("a whole typed interview: answer, no questions, a reflection, the summary, q exits 0")
  func typedInterview() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))

    // Past the briefing and the segment's opening, to the question.
    try #require(
      try tmux.press("Enter", until: question) != nil,
      "never reached the question:\n\((try? tmux.screen()) ?? "")")
    try type("I over-prepare; ", in: tmux, expecting: "I over-prepare;")
    // The pause is what answer_ms measures, not a wait for the app.
    Thread.sleep(forTimeInterval: 0.3)
    try type(
      "now I timebox it — é, 日本.", in: tmux, expecting: "I over-prepare; now I timebox it — é, 日本.")
    try tmux.press("Enter")

    // The candidate's turn: past the segment's opening, then Enter with nothing typed.
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try type("Stayed calm", in: tmux, expecting: "Stayed calm")
    try skipReflection(tmux)
    let summary = try tmux.screen()
    #expect(Tmux.flat(summary).contains(String(question.prefix(20))), "\(summary)")
    try quitFromSummary(tmux)

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.session.mode == "typed")
    #expect(transcript.entries.map(\.kind) == ["answer", "reflection"])
    let answer = try #require(transcript.entries.first)
    #expect(answer.question == question)
    #expect(answer.answer == "I over-prepare; now I timebox it — é, 日本.")
    #expect(answer.segment == "behavioural")
    #expect(!answer.skipped && !answer.spokenNotes)
    #expect((answer.thinkingMs ?? -1) >= 0)
    #expect((answer.answerMs ?? 0) >= 250, "answer_ms \(String(describing: answer.answerMs))")
    #expect((answer.targetMs ?? 0) > 0)
    #expect(transcript.entries.last?.answer == "Stayed calm")
    #expect(transcript.entries.last?.question == "What went well?")
  }

  @Test("a spoken answer: Space starts the clock, notes are typed, Enter ends it")
  func spokenAnswer() throws {
    let sandbox = try Sandbox()
    let flags = Self.smallInterview + ["--mode", "spoken"]
    let question = try Self.firstQuestion(flags)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, flags))
    let asked = try #require(try tmux.press("Enter", until: question))

    try tmux.press("Space")
    let shape = Tmux.shape(asked)
    // Speaking shows (the screen changes beyond its clocks) before the notes are typed.
    try #require(tmux.waitForScreen { Tmux.shape($0) != shape } != nil)
    Thread.sleep(forTimeInterval: 0.3)
    try type("shared DB vs events", in: tmux, expecting: "shared DB vs events")
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try skipReflection(tmux)
    try quitFromSummary(tmux)

    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.mode == "spoken")
    let answer = try #require(transcript.entries.first)
    #expect(answer.question == question)
    #expect(answer.answer == "shared DB vs events")
    #expect(answer.spokenNotes)
    #expect(!answer.skipped)
    #expect((answer.answerMs ?? 0) >= 250, "answer_ms \(String(describing: answer.answerMs))")
  }

  @Test("a resize storm mid-answer: the draft survives, shows again, and is saved whole")
  func resizeStorm() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("The first half", in: tmux, expecting: "The first half")

    try tmux.resize(width: 30, height: 8)
    let small = tmux.waitForScreen { $0.localizedCaseInsensitiveContains("too small") }
    #expect(small != nil, "no too-small notice at 30x8:\n\((try? tmux.screen()) ?? "")")
    let sizes = [(80, 24), (40, 12), (30, 8), (120, 40)]
    for round in 0..<12 {
      for (width, height) in sizes.shuffled() {
        try tmux.resize(width: width, height: height)
      }
      // Now and then let a frame be drawn at a size before the next change.
      if round.isMultiple(of: 4) { _ = tmux.settledScreen() }
    }
    try tmux.resize(width: 120, height: 40)
    let wide = tmux.waitForScreen { Tmux.boxText($0) == "The first half" }
    #expect(wide != nil, "no draft at 120x40:\n\((try? tmux.screen()) ?? "")")
    try tmux.resize(width: 80, height: 24)
    let back = tmux.waitForScreen {
      Tmux.boxText($0) == "The first half" && Tmux.flat($0).contains(Tmux.flat(question))
    }
    #expect(back != nil, "no draft at 80x24:\n\((try? tmux.screen()) ?? "")")

    try type(" and the second half.", in: tmux, expecting: "The first half and the second half.")
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try skipReflection(tmux)
    try quitFromSummary(tmux)
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.entries.first?.answer == "The first half and the second half.")
  }

  @Test("the too-small notice at 30x8, and the interview back when the window grows")
  func tooSmall() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview), width: 30, height: 8)
    let notice = try #require(
      tmux.waitForScreen { $0.localizedCaseInsensitiveContains("too small") },
      "no notice:\n\((try? tmux.screen()) ?? "")")
    // It names the size it has and the size it needs.
    #expect(notice.contains("30×8") || notice.contains("30x8"), "\(notice)")
    #expect(notice.contains("40×12") || notice.contains("40x12"), "\(notice)")

    try tmux.resize(width: 40, height: 12)
    #expect(
      tmux.waitForScreen { !$0.localizedCaseInsensitiveContains("too small") } != nil,
      "still too small at 40x12")
    try #require(try tmux.press("Enter", until: question) != nil)
    try tmux.resize(width: 30, height: 8)
    #expect(tmux.waitForScreen { $0.localizedCaseInsensitiveContains("too small") } != nil)
    try tmux.resize(width: 80, height: 24)
    #expect(tmux.waitForScreen { Tmux.flat($0).contains(Tmux.flat(question)) } != nil)
  }

  @Test("the candidate's questions: F2 shows the ideas, ↓ and Enter put one in the question")
  func anIdeaBecomesTheQuestion() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview), width: 120, height: 40)
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("An answer.", in: tmux, expecting: "An answer.")
    try tmux.press("Enter")
    try #require(
      try tmux.press("Enter", until: "F2 shows") != nil,
      "no ideas offered:\n\((try? tmux.screen()) ?? "")")
    try tmux.press("F2")
    let shown = try #require(
      tmux.waitForScreen { $0.contains("Ideas from the deck") },
      "the ideas never showed:\n\((try? tmux.screen()) ?? "")")
    // The second idea: the first highlighted, the rest with bullets.
    let lines = shown.components(separatedBy: "\n")
    let second = try #require(
      lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("• ") })
    let idea = String(
      second.trimmingCharacters(in: .whitespaces).dropFirst(2).prefix { $0 != "…" }
    ).trimmingCharacters(in: .whitespaces)
    try #require(idea.count > 10, "\(shown)")
    try tmux.press("Down")
    try tmux.press("Enter")
    let inserted = tmux.waitForScreen { Tmux.boxText($0).hasPrefix(Tmux.flat(idea)) }
    try #require(inserted != nil, "the idea is not in the box:\n\((try? tmux.screen()) ?? "")")
    // The ideas are hidden again, and Enter now asks the question.
    #expect(inserted?.contains("Ideas from the deck") == false)
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try skipReflection(tmux)
    try quitFromSummary(tmux)
    let asked = try sandbox.onlyTranscript().entries.first { $0.kind == "candidate-question" }
    #expect(asked?.answer.hasPrefix(idea) == true, "\(String(describing: asked?.answer))")
  }

  @Test(
    "a window closed without a hang-up signal: the app saves the draft and exits, never spins",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")))
  func closedWindowWithoutHangUp() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    // In a session of its own the app is not sent SIGHUP when the window closes: only its
    // terminal's end tells it, as under a wrapper that keeps the signal from it.
    try tmux.start(Self.arguments(sandbox, Self.smallInterview), launcher: ["setsid", "-w"])
    try #require(try tmux.press("Enter", until: question) != nil)
    let draft = "Typed before the window closed"
    try type(draft, in: tmux, expecting: draft)
    let launcher = try tmux.appPID()
    let children = try String(
      contentsOfFile: "/proc/\(launcher)/task/\(launcher)/children", encoding: .utf8)
    let app = try #require(children.split(separator: " ").first.flatMap { pid_t($0) })
    _ = try tmux.command(["kill-session", "-t", Tmux.target])
    // Gone (or a zombie waiting to be reaped): it left rather than read a dead terminal forever.
    let left = Poll.until {
      guard let stat = try? String(contentsOfFile: "/proc/\(app)/stat", encoding: .utf8) else {
        return true
      }
      return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }
    #expect(left, "the app still runs after its window closed")
    if !left { kill(app, SIGKILL) }
    #expect(try sandbox.sessions().map(\.status) == ["interrupted"])
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    #expect(
      tmux.waitForScreen { Tmux.flat($0).contains(draft) } != nil,
      "no resume offer with the draft:\n\((try? tmux.screen()) ?? "")")
  }

  @Test("the clocks stop behind the too-small notice: time hidden is not counted")
  func tooSmallStopsTheClocks() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    let shown = Date()
    try type("Hidden for a while", in: tmux, expecting: "Hidden for a while")
    try tmux.resize(width: 30, height: 8)
    try #require(tmux.waitForScreen { $0.localizedCaseInsensitiveContains("too small") } != nil)
    let hidden = Date()
    Thread.sleep(forTimeInterval: 6)
    try tmux.resize(width: 80, height: 24)
    let visibleAgain = Date()
    try #require(tmux.waitForScreen { Tmux.boxText($0) == "Hidden for a while" } != nil)
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    let submitted = Date()
    try skipReflection(tmux)
    try quitFromSummary(tmux)
    let answer = try #require(try sandbox.onlyTranscript().entries.first)
    // Measured against this test's own clock, not a fixed figure: the recorded time is at most
    // the time the question was on screen (a second of slack for the notice to come and go).
    let onScreen = submitted.timeIntervalSince(shown) - visibleAgain.timeIntervalSince(hidden)
    let recorded = Double((answer.thinkingMs ?? 0) + (answer.answerMs ?? 0)) / 1000
    #expect(recorded <= onScreen + 1, "recorded \(recorded) s, on screen \(onScreen) s")
  }

  @Test(
    "killed mid-answer, a new rehearse offers to resume: same question, draft intact",
    arguments: [
      // SIGTERM: the app saves the draft as it exits.
      (SIGTERM, 0.0),
      // SIGKILL: nothing runs at exit, so only what autosave (within a second) wrote is there.
      (SIGKILL, 1.5),
    ])
  func resumeAfterKill(signal: Int32, idleSeconds: Double) throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    let draft = "My draft, é 日本"
    try type(draft, in: tmux, expecting: draft)
    // The idle time is the point of the SIGKILL case: the autosave must have run.
    Thread.sleep(forTimeInterval: idleSeconds)
    let pid = try tmux.appPID()
    kill(pid, signal)
    if signal == SIGTERM {
      // A signal death has no exit status, so only SIGTERM's is waited for.
      let status = tmux.waitForExit()
      #expect(status == 143, "exit status \(String(describing: status))")
    }
    #expect(
      Poll.until { (try? tmux.paneValue("#{pane_dead}")) == "1" }, "the app outlived \(signal)")
    let sessions = try sandbox.sessions()
    #expect(sessions.map(\.status) == ["interrupted"])

    try tmux.restart(Self.arguments(sandbox, Self.smallInterview))
    let offer = try #require(
      tmux.waitForScreen { Tmux.flat($0).contains(draft) },
      "no resume offer with the draft:\n\((try? tmux.screen()) ?? "")")
    #expect(offer.contains("Acme"))
    try tmux.press("Enter")
    let resumed = tmux.waitForScreen {
      Tmux.flat($0).contains(Tmux.flat(question)) && Tmux.boxText($0) == draft
    }
    #expect(
      resumed != nil, "not resumed at the question with the draft:\n\((try? tmux.screen()) ?? "")")

    try type(" and the rest", in: tmux, expecting: draft + " and the rest")
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try skipReflection(tmux)
    try quitFromSummary(tmux)

    // The same session, finished, with the whole answer.
    let transcript = try sandbox.onlyTranscript()
    #expect(transcript.session.status == "finished")
    #expect(transcript.entries.first?.question == question)
    #expect(transcript.entries.first?.answer == draft + " and the rest")
  }

  @Test("Ctrl-C mid-answer saves, exits 130 and leaves the session interrupted")
  func controlC() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("half", in: tmux, expecting: "half")
    try tmux.press("C-c")
    #expect(tmux.waitForExit() == 130)
    #expect(try sandbox.sessions().map(\.status) == ["interrupted"])
    // Once the screen is restored, one line says where the answer went and how to go on.
    let after = try tmux.printed()
    #expect(after.contains("interrupted; your interview is saved in"), "\(after)")
    #expect(after.contains("(session 1)"), "\(after)")
    #expect(after.contains("Run 'secondround' to resume it."), "\(after)")
  }

  @Test("SIGTERM mid-answer saves, exits 143 and says where the answer is, as Ctrl-C does")
  func terminated() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("half", in: tmux, expecting: "half")
    kill(try tmux.appPID(), SIGTERM)
    #expect(tmux.waitForExit() == 143)
    let after = try tmux.printed()
    #expect(after.contains("interrupted; your interview is saved in"), "\(after)")
    #expect(try sandbox.sessions().map(\.status) == ["interrupted"])
  }

  @Test("SIGTSTP from outside stops the app with the terminal given back; SIGCONT repaints it")
  func suspendedAndContinued() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    let pid = try tmux.startUnderShell(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("before the pause", in: tmux, expecting: "before the pause")
    kill(pid, SIGTSTP)
    // Stopped (state T in /proc), with the interview's screen gone: the terminal is the
    // shell's again while the app waits.
    let stopped = Poll.until { Self.processState(pid) == "T" }
    #expect(stopped, "state \(Self.processState(pid) ?? "?")")
    let released = tmux.waitForScreen { !Tmux.flat($0).contains(Tmux.flat(question)) }
    #expect(released != nil, "the interview stayed on screen:\n\((try? tmux.screen()) ?? "")")
    kill(pid, SIGCONT)
    let repainted = tmux.waitForScreen { Tmux.flat($0).contains(Tmux.flat(question)) }
    #expect(repainted != nil, "not repainted:\n\((try? tmux.screen()) ?? "")")
    try type(" and after it", in: tmux, expecting: "before the pause and after it")
    try tmux.press("C-c")
    #expect(Poll.until { Self.processState(pid) == nil || Self.processState(pid) == "Z" })
    #expect(try sandbox.sessions().map(\.status) == ["interrupted"])
  }

  /// The state letter of `pid` in /proc (R, S, T…), or nil when it is gone.
  private static func processState(_ pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
  }

  @Test("the setup form opens on the deck last rehearsed, and ←/→ cycle the Deck field")
  func setupDeckFromTheLastSession() throws {
    let sandbox = try Sandbox()
    let made = try sandbox.run(
      sandbox.plainArguments([
        "--deck", "data-analysis", "--segments", "technical", "--per-segment", "1",
      ]),
      input: "Ok\n\n\n\n\n\n\n\n")
    try #require(made.exitCode == 0, "plain rehearsal: \(made.stderr)")
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(["rehearse", "--data-dir", sandbox.store.path])
    let form = try #require(tmux.waitFor("Deck"), "no form")
    #expect(form.contains("data-analysis"), "\(form)")
    // To the Deck field, then on to the next deck and back.
    try tmux.press("Tab", "Tab")
    try tmux.press("Right")
    let moved = try #require(tmux.waitForScreen { !$0.contains("data-analysis") })
    try tmux.press("Left")
    #expect(tmux.waitFor("data-analysis") != nil, "\(moved)")
    // Nothing typed: Esc leaves at once.
    try tmux.press("Escape")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("the summary opens its transcript in review with Enter; leaving review ends the app")
  func summaryOpensInReview() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("I timebox it", in: tmux, expecting: "I timebox it")
    try tmux.press("Enter")
    try #require(try tmux.press("Enter", until: "What went well?") != nil)
    try skipReflection(tmux)
    #expect(Tmux.flat(try tmux.screen()).contains("Enter open in review"))

    try tmux.press("Enter")
    // The transcript of this very session, with review's keys.
    let opened = try #require(
      tmux.waitForScreen { $0.contains("I timebox it") && $0.contains("H history") },
      "no transcript:\n\((try? tmux.screen()) ?? "")")
    #expect(opened.contains("Acme"), "\(opened)")
    try tmux.press("q")
    try #require(
      tmux.waitFor("newest first") != nil, "not the list:\n\((try? tmux.screen()) ?? "")")
    // Started from the command line, the way back from review is the shell.
    try tmux.press("q")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("Esc on the resume offer keeps the old session as interrupted and starts a new one")
  func declineResume() throws {
    let sandbox = try Sandbox()
    let question = try Self.firstQuestion(Self.smallInterview)
    let tmux = try Tmux(sandbox: sandbox)
    try tmux.start(Self.arguments(sandbox, Self.smallInterview))
    try #require(try tmux.press("Enter", until: question) != nil)
    try type("left behind", in: tmux, expecting: "left behind")
    try tmux.press("C-c")
    try #require(tmux.waitForExit() == 130)

    try tmux.restart(Self.arguments(sandbox, Self.smallInterview))
    try #require(tmux.waitFor("left behind") != nil, "no resume offer")
    try tmux.press("Escape")
    // A fresh interview: its question comes with an empty answer box.
    let fresh = try tmux.press("Enter", until: question)
    #expect(fresh.map { Tmux.boxText($0).contains("left behind") } == false)
    try tmux.press("C-c")
    #expect(tmux.waitForExit() == 130)

    let sessions = try sandbox.sessions()
    #expect(sessions.count == 2)
    #expect(sessions.allSatisfy { $0.status == "interrupted" })
  }
}
