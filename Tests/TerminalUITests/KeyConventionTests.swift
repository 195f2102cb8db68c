import InterviewCore
import Testing

@testable import TerminalUI

/// Every screen's keymap, in every state the tests can reach, against the key convention: a key
/// the convention names (q, Esc, ?, F1, j/k, arrows, /, Enter, Tab, d, D, H …) means on each
/// screen what the table says, or nothing there.
@Suite struct KeyConventionTests {
  /// One keymap to check: where it is, and what its conventional keys mean there.
  struct Checked {
    var place: String
    var problems: [String]
  }

  /// The problems of one keymap: each conventional key taken by a rule of another meaning.
  static func problems<Output>(_ keymap: Keymap<Output>, at place: String) -> Checked {
    // Where text is typed, printable keys are text and the editor's keys (arrows, Home, End,
    // Delete) edit it: only the keys that are never text are the convention's there.
    let typesText = keymap.rules.contains { $0.binding == nil }
    var problems: [String] = []
    for row in KeyConvention.table {
      for key in row.keys {
        guard let rule = keymap.rules.first(where: { $0.matches(key) }) else { continue }
        if typesText, CommonRules.isText(key) || editorKeys.contains(key) { continue }
        // While the help shows, any key closes it: that is the help's own convention.
        if rule.binding?.keys == "any key" { continue }
        let allowed = KeyConvention.allowedMeanings(of: key)
        if rule.meanings.isDisjoint(with: allowed) {
          let shown = rule.binding.map { "\($0.keys) \($0.summary)" } ?? "typing"
          problems.append(
            "\(place): \(key) means '\(shown)', against the convention's \(row.meaning)")
        }
      }
    }
    return Checked(place: place, problems: problems)
  }

  /// The keys a text editor takes for itself.
  static let editorKeys: [Key] = [.left, .right, .up, .down, .home, .end, .delete]

  /// Every keymap in every state the tests reach.
  static var everyKeymap: [Checked] {
    var checked: [Checked] = []
    checked.append(problems(HomeKeys.keymap, at: "home"))
    checked.append(problems(ResumeKeys.keymap, at: "resume offer"))
    for field in SetupForm.Field.allCases {
      // Spoken answers show every field, the voice and when recording starts among them.
      var form = sampleForm(RehearsalSettings(mode: .spoken, seed: 7))
      while form.focus != field { form.moveFocus(1) }
      checked.append(problems(SetupKeys.keymap(for: form), at: "setup \(field)"))
    }
    var changed = sampleForm()
    changed.edit(.insert("Northwind"))
    _ = changed.cancel()
    checked.append(problems(SetupKeys.keymap(for: changed), at: "setup asking to discard"))
    for (name, interview) in States.all {
      checked.append(
        problems(
          InterviewKeys.keymap(for: interview, editorWidth: 60, underHelp: false),
          at: "interview \(name)"))
      checked.append(
        problems(
          InterviewKeys.keymap(for: interview, editorWidth: 60, underHelp: true),
          at: "interview \(name) under its help"))
    }
    for (name, drill) in DrillStates.all {
      if case .answering(let interview) = drill.phase {
        checked.append(
          problems(
            InterviewKeys.keymap(for: interview, editorWidth: 60, underHelp: false),
            at: "\(name) answering"))
      } else {
        checked.append(problems(DrillKeys.keymap(for: drill), at: name))
        checked.append(problems(DrillKeys.keymap(for: drill, underHelp: true), at: "\(name) help"))
      }
    }
    var picker = samplePicker()
    checked.append(problems(DeckPickerKeys.keymap(for: picker), at: "deck picker"))
    _ = picker.send(.toggleHelp)
    checked.append(problems(DeckPickerKeys.keymap(for: picker), at: "deck picker help"))
    let steppers: [(String, [DeckStepperAction])] = [
      ("front", []), ("revealed", [.toggleReveal]), ("filter menu", [.openFilterMenu]),
      ("help", [.toggleHelp]), ("shuffled", [.shuffle(seed: 3)]),
    ]
    for (name, actions) in steppers {
      let stepper = practiceStepper(actions)
      checked.append(problems(DeckStepperKeys.keymap(for: stepper), at: "stepper \(name)"))
      checked.append(
        problems(
          DeckStepperKeys.keymap(for: stepper, underHelp: true), at: "stepper \(name) help"))
    }
    let lists: [(String, [ReviewListAction])] = [
      ("list", []), ("list filtering", [.beginFilter]), ("list deleting", [.requestDelete]),
      ("list help", [.toggleHelp]),
    ]
    for (name, actions) in lists {
      var list = sizedList(reviewSessions(), rows: 24, columns: 80)
      for action in actions { _ = list.send(action) }
      checked.append(problems(ReviewListKeys.keymap(for: list), at: name))
    }
    checked.append(
      problems(
        ReviewListKeys.keymap(for: sizedList([], rows: 24, columns: 80)), at: "empty list"))
    let transcripts: [(String, [TranscriptReviewAction])] = [
      ("transcript", []), ("transcript note", [.beginNote]),
      ("transcript deleting", [.requestDelete]), ("transcript help", [.toggleHelp]),
    ]
    for (name, actions) in transcripts {
      var review = sizedReview(rows: 24, columns: 80)
      for action in actions { _ = review.send(action) }
      checked.append(problems(ReviewTranscriptKeys.keymap(for: review, editorWidth: 60), at: name))
    }
    let spoken = spokenReview(rows: 24, columns: 80)
    checked.append(
      problems(ReviewTranscriptKeys.keymap(for: spoken, editorWidth: 60), at: "spoken answer"))
    checked.append(
      problems(
        ReviewTranscriptKeys.keymap(for: playing(spoken, word: 3), editorWidth: 60),
        at: "transcript playing"))
    var history = sizedHistory(rows: 24, columns: 80)
    checked.append(problems(ReviewHistoryKeys.keymap(for: history), at: "history"))
    _ = history.send(.toggleMark)
    _ = history.send(.move(1))
    _ = history.send(.toggleMark)
    checked.append(problems(ReviewHistoryKeys.keymap(for: history), at: "history compared"))
    var letter = LetterEditor(sessionID: 1, text: "Dear panel,")
    checked.append(problems(LetterEditorKeys.keymap(for: letter, editorWidth: 60), at: "letter"))
    _ = letter.send(.toggleHelp)
    checked.append(
      problems(LetterEditorKeys.keymap(for: letter, editorWidth: 60), at: "letter help"))
    _ = letter.send(.edit(.insert(".")))
    _ = letter.send(.edit(.insert("!")))
    _ = letter.send(.cancel)
    checked.append(
      problems(LetterEditorKeys.keymap(for: letter, editorWidth: 60), at: "letter discarding"))
    return checked
  }

  @Test func everyScreenKeepsTheConvention() {
    let checked = Self.everyKeymap
    // The walk reaches every screen: an empty walk would pass for nothing.
    #expect(checked.count > 40)
    for keymap in checked {
      #expect(keymap.problems.isEmpty, "\(keymap.problems.joined(separator: "\n"))")
    }
  }

  @Test func theCheckCatchesAKeyUsedAgainstItsMeaning() {
    // What the stepper and review did before the convention: h for history, d for delete.
    let conflicting = Keymap<Int>(rules: [
      KeyRule("h", "history", on: [.character("h")], 1),
      KeyRule("d", "delete", on: [.character("d")], 2),
      KeyRule("q", "stop", meaning: [.back], on: [.character("q")], 3),
    ])
    let found = Self.problems(conflicting, at: "old review").problems
    #expect(found.count == 2)
    #expect(found.contains { $0.contains("'h history'") })
    #expect(found.contains { $0.contains("'d delete'") })
  }

  @Test func lettersMeanOneThingOnEveryScreen() {
    // The fixed conflicts, screen by screen.
    let stepper = practiceStepper()
    #expect(DeckStepperKeys.action(for: .character("h"), in: stepper) == .previous)
    #expect(DeckStepperKeys.action(for: .character("j"), in: stepper) == .next)
    #expect(DeckStepperKeys.action(for: .character("k"), in: stepper) == .previous)
    #expect(DeckStepperKeys.action(for: .character("d"), in: stepper) == .drill)
    // p plays a recording; the stepper, with none, takes N for "previous" beside n.
    #expect(DeckStepperKeys.action(for: .character("p"), in: stepper) == nil)
    #expect(DeckStepperKeys.action(for: .character("N"), in: stepper) == .previous)
    #expect(
      ReviewTranscriptKeys.action(
        for: .character("p"), in: spokenReview(rows: 24, columns: 80), editorWidth: 60) == .play)
    let review = sizedReview(rows: 24, columns: 80)
    #expect(ReviewTranscriptKeys.action(for: .character("h"), in: review, editorWidth: 60) == nil)
    #expect(
      ReviewTranscriptKeys.action(for: .character("H"), in: review, editorWidth: 60)
        == .openHistory)
    #expect(ReviewTranscriptKeys.action(for: .character("d"), in: review, editorWidth: 60) == nil)
    #expect(
      ReviewTranscriptKeys.action(for: .character("D"), in: review, editorWidth: 60)
        == .requestDelete)
    let list = sizedList(reviewSessions(), rows: 24, columns: 80)
    #expect(ReviewListKeys.action(for: .character("d"), in: list) == nil)
    #expect(ReviewListKeys.action(for: .character("D"), in: list) == .requestDelete)
    // The pause menu's Help is on ?, not h.
    let menu = InterviewKeys.action(for: .character("h"), in: States.menu, editorWidth: 60)
    #expect(menu == nil)
    #expect(
      InterviewKeys.action(for: .character("?"), in: States.menu, editorWidth: 60)
        == .toggleHelp)
    #expect(ResumeKeys.handle(.function(1)) == .toggleHelp)
    #expect(ResumeKeys.handle(.character("?")) == .toggleHelp)
  }

  @Test func quittingWhileGradingShowsTheSummary() {
    var drill = DrillStates.grading
    let action = DrillKeys.action(for: .character("q"), in: drill, editorWidth: 60)
    #expect(action == .quit)
    let effects = drill.send(.quit, at: 300_000)
    #expect(drill.phase == .finished)
    #expect(effects == [.finished])
    #expect(drill.send(.quit, at: 301_000) == [.leave])
  }

  @Test func escapeInTheSetupFormAsksOnlyWhenSomethingWasTyped() {
    var untouched = sampleForm()
    #expect(SetupKeys.handle(.escape, form: &untouched) == .cancel)

    var typed = sampleForm()
    _ = SetupKeys.handle(.character("N"), form: &typed)
    #expect(SetupKeys.handle(.escape, form: &typed) == nil)
    #expect(typed.isConfirmingDiscard)
    // A stray key neither discards nor closes the question.
    #expect(SetupKeys.handle(.character("x"), form: &typed) == nil)
    #expect(typed.isConfirmingDiscard)
    #expect(SetupKeys.handle(.character("n"), form: &typed) == nil)
    #expect(!typed.isConfirmingDiscard)
    #expect(typed.text(.company).hasSuffix("N"))
    _ = SetupKeys.handle(.escape, form: &typed)
    #expect(SetupKeys.handle(.character("y"), form: &typed) == .cancel)

    // A choice changed and changed back loses nothing: Esc leaves at once.
    var cycled = sampleForm()
    while cycled.focus != .deck { cycled.moveFocus(1) }
    _ = SetupKeys.handle(.right, form: &cycled)
    #expect(cycled.hasChanges)
    _ = SetupKeys.handle(.left, form: &cycled)
    #expect(SetupKeys.handle(.escape, form: &cycled) == .cancel)
  }

  @Test func theDeckFieldCyclesWithTheArrows() {
    var form = sampleForm()
    while form.focus != .deck { form.moveFocus(1) }
    let first = form.value(.deck)
    _ = SetupKeys.handle(.right, form: &form)
    #expect(form.value(.deck) != first)
    _ = SetupKeys.handle(.left, form: &form)
    #expect(form.value(.deck) == first)
  }
}

extension Array where Element == KeyBinding {
  /// Whether this help lists `footer`: the same binding, or one whose keys start with the
  /// footer's short form ("?" for "?/F1", "q" for "q/Esc").
  func shows(_ footer: KeyBinding) -> Bool {
    contains {
      $0.summary == footer.summary
        && ($0.keys == footer.keys || $0.keys.hasPrefix(footer.keys + "/"))
    }
  }
}
