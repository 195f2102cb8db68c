/// The commented deck `decks new` writes: every key shown once, valid as written.
///
/// The ordering keys (`order`, `after`, `needs`) are shown commented out, in a salary segment
/// that is itself commented out, so the file loads as written and, uncommented, shows them at work.
public enum StarterDeck {
  /// The starter deck's YAML, with `id` derived from the file name.
  public static func yaml(id: String) -> String {
    """
    # A SecondRound question deck. The format is described in Assets/Decks/README.md;
    # check your edits with: secondround decks check THIS-FILE
    #
    # Required: the deck's id, title and segments; each segment's id and questions;
    # each question's id and text. Everything else may be left out.

    id: \(id)                      # a-z, 0-9 and '-'; unique among your decks
    title: My second-interview deck
    description: Questions I expect in my next second interview.

    segments:
      # Segment ids: behavioural, technical, culture, salary, questions.
      - id: behavioural
        title: Behavioural               # optional; a default title is used
        interviewer: Hiring manager      # optional; the persona shown as asking
        target: 2m                       # optional; 90, 90s, 2m or 1m30s (5s to 60m)
        probes:                          # optional; asked when an answer leaves something out
          result: So how did it turn out in the end?     # one text, or a list of them
          action:                        # what the candidate personally did
            - And what was your own part in that?
          quantified:                    # how they measured success
            - How did you know it had worked?
          # names_figure: asks a salary answer for a figure; only in the salary segment.
          # Leave probes out and the bundled second-interview deck's are used.
        questions:
          - id: proudest-project         # unique in this deck; keep it when you edit the text
            text: Tell me about the project you are proudest of, and your part in it.
            target: 2m30s                # optional; overrides the segment's target
            follow-ups:                  # optional; what the interviewer may ask next
              - What would you do differently now?
            tips:                        # optional; what the interviewer is listening for
              - A concrete situation, your own actions, and a measurable result.
            tags: [experience]           # optional; labels for filtering

      - id: culture
        questions:
          - id: why-company
            # {company}, {position} ("Data Analyst") and {a_position} ("a Data Analyst",
            # "an Engineering Manager", "the Head of Data") are filled in when you rehearse.
            text: Why do you want to join {company} as {a_position}?
            tips:
              - Specific reasons drawn from research, linked to your own goals.

      - id: technical
        questions:
          - id: debugging-story
            text: Walk me through how you tracked down a hard problem.
            roles: [software]            # optional; only for these roles (absent: every role)

      # Remove the '# ' before each line below to ask salary questions in an order that builds.
      # - id: salary
      #   order: as-written              # optional; ask in file order (default: random)
      #   questions:
      #     - id: expectations
      #       text: What salary are you expecting in this role?
      #     - id: over-budget
      #       text: That is above our budget. Where could you be flexible?
      #       after: expectations        # optional; only with that question, and after it
      #       needs: figure              # optional; only once you have named a figure
    """ + "\n"
  }

  /// A deck id made from a file name: `My Deck.yaml` becomes `my-deck`.
  public static func id(fromFileName name: String) -> String {
    let stem = name.split(separator: "/").last.map(String.init) ?? name
    let base =
      stem.hasSuffix(".yaml") || stem.hasSuffix(".yml")
      ? String(stem[..<(stem.lastIndex(of: ".") ?? stem.endIndex)]) : stem
    var id = ""
    for scalar in base.lowercased().unicodeScalars {
      let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      if allowed {
        id.unicodeScalars.append(scalar)
      } else if !id.isEmpty, !id.hasSuffix("-") {
        id.append("-")
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    return id.isEmpty ? "my-deck" : id
  }
}
