/// Turns a YAML tree into a `Deck`, reporting every problem it finds rather than the first.
struct DeckDecoder {
  private static let deckKeys = ["id", "title", "description", "segments"]
  private static let segmentKeys = [
    "id", "title", "interviewer", "target", "order", "questions", "probes",
  ]
  private static let probeKeys = ProbeKind.gaps.map(\.rawValue)
  /// Words a deck author may reach for instead of a probe key, which edit distance cannot match.
  private static let probeKeyAliases = [
    "outcome": "result", "outcomes": "result", "results": "result", "impact": "result",
    "actions": "action", "ownership": "action", "contribution": "action",
    "measure": "quantified", "measured": "quantified", "metrics": "quantified",
    "numbers": "quantified", "quantify": "quantified",
    "figure": "names_figure", "salary": "names_figure", "amount": "names_figure",
    "number": "names_figure", "names-figure": "names_figure",
  ]
  private static let questionKeys = [
    "id", "text", "target", "roles", "follow-ups", "tips", "tags", "after", "needs",
  ]

  private(set) var diagnostics: DiagnosticCollector
  private var questionIDs: [String: SourceLocation] = [:]
  private var segmentKinds: [SegmentKind: SourceLocation] = [:]
  /// Each `after:` value's node, by the id of the question it is written on, so the links can
  /// be checked (and errors placed) once every segment is read.
  private var afterNodes: [String: YAMLNode] = [:]
  /// Each segment read, in file order, as its kind (nil when its id is wrong) and its question
  /// ids; kept even for a segment with other errors, so links are checked in the same pass.
  private var segmentsRead: [(kind: SegmentKind?, ids: [String])] = []
  /// Each question's `after:` target, in file order, with the segment (index into
  /// `segmentsRead`) it is written in.
  private var afterLinks: [(segment: Int, id: String, target: String)] = []

  init(path: String) {
    diagnostics = DiagnosticCollector(path: path)
  }

  /// The deck, and where its id is written, or nil when anything is wrong.
  mutating func decode(_ root: YAMLNode, source: DeckSource) -> (
    deck: Deck, idLocation: SourceLocation
  )? {
    guard let fields = mapping(root, of: "the deck", allowed: Self.deckKeys) else { return nil }
    let id = fields["id"].flatMap { identifier($0.value, field: "id") }
    let title = fields["title"].flatMap { textValue($0.value, field: "title") }
    let description = fields["description"].flatMap { textValue($0.value, field: "description") }
    let segments = fields["segments"].flatMap { segmentList($0.value) }
    require(["id", "title", "segments"], in: fields, of: "a deck", at: root.location)

    checkAfterLinks()
    guard diagnostics.isEmpty, let id, let title, let segments, let idNode = fields["id"] else {
      return nil
    }
    let deck = Deck(
      id: id, title: title, description: description, segments: segments, source: source)
    return (deck, idNode.value.location)
  }

  // MARK: - Structure

  private mutating func segmentList(_ node: YAMLNode) -> [Segment]? {
    guard let items = list(node, field: "segments", required: true) else { return nil }
    let segments = items.compactMap { segment($0) }
    return segments.count == items.count ? segments : nil
  }

  private mutating func segment(_ node: YAMLNode) -> Segment? {
    guard let fields = mapping(node, of: "a segment", allowed: Self.segmentKeys) else { return nil }
    require(["id", "questions"], in: fields, of: "a segment", at: node.location)
    let kind = fields["id"].flatMap { segmentKind($0.value) }
    let title = fields["title"].flatMap { textValue($0.value, field: "title") }
    let interviewer = fields["interviewer"].flatMap { textValue($0.value, field: "interviewer") }
    let explicitTarget = fields["target"].flatMap { targetValue($0.value) }
    let order: QuestionOrder? = fields["order"].map { orderValue($0.value) } ?? .random
    let defaultTarget = explicitTarget ?? kind?.defaultTargetSeconds ?? 0
    segmentsRead.append((kind, []))
    guard let questionsNode = fields["questions"]?.value,
      let items = list(questionsNode, field: "questions", required: true)
    else { return nil }
    let questions = items.compactMap { question($0, defaultTarget: defaultTarget, in: kind) }
    let probes: [String: [String]]? = fields["probes"].map { probeTable($0, in: kind) } ?? [:]
    guard let kind, questions.count == items.count, let probes, let order else { return nil }
    return Segment(
      kind: kind, title: title ?? kind.defaultTitle,
      interviewer: interviewer ?? kind.defaultInterviewer,
      targetSeconds: defaultTarget, questions: questions, probes: probes, order: order)
  }

  /// A segment's `probes:` mapping, each kind one text or a list of texts; nil when anything is
  /// wrong. `kind` is nil when the segment's id is itself wrong, and then only the shape is checked.
  private mutating func probeTable(
    _ field: (key: YAMLNode, value: YAMLNode), in kind: SegmentKind?
  ) -> [String: [String]]? {
    if kind == .questions {
      error(
        "the questions segment takes no 'probes': there the candidate asks and nobody follows up",
        at: field.key)
      return nil
    }
    guard
      let fields = mapping(
        field.value, of: "'probes'", allowed: Self.probeKeys, aliases: Self.probeKeyAliases)
    else { return nil }
    // Only a mapping with nothing in it is empty: one whose keys were all wrong is reported
    // key by key already.
    if case .mapping(let pairs) = field.value.content, pairs.isEmpty {
      error("'probes' is empty; give at least one kind, or remove the key", at: field.value)
      return nil
    }
    var probes: [String: [String]] = [:]
    var wordings: [String: SourceLocation] = [:]
    var valid = true
    // File order, so a repeated wording is reported at its second appearance.
    for (name, pair) in fields.sorted(by: { $0.value.key.location < $1.value.key.location }) {
      if let kind, let problem = Self.probeMisplaced(name, in: kind) {
        error(problem, at: pair.key)
        valid = false
        continue
      }
      guard let texts = probeTexts(pair.value, field: name) else {
        valid = false
        continue
      }
      for (text, node) in texts {
        // A probe is asked at most once per interview, so a second copy could never be heard.
        if let first = wordings[text] {
          error(
            "this '\(name)' probe repeats one at line \(first.line); each wording is asked once",
            at: node)
          valid = false
        } else {
          wordings[text] = node.location
        }
      }
      probes[name] = texts.map(\.text)
    }
    return valid ? probes : nil
  }

  /// Why probe `name` cannot stand in a `kind` segment, or nil when it can.
  private static func probeMisplaced(_ name: String, in kind: SegmentKind) -> String? {
    let allowed = kind.probeKinds.map(\.rawValue)
    guard !allowed.contains(name) else { return nil }
    let takes = "the \(kind.rawValue) segment takes: \(allowed.joined(separator: ", "))"
    if name == ProbeKind.namesFigure.rawValue {
      return
        "'names_figure' probes belong in the salary segment only, where a figure is asked for; \(takes)"
    }
    return "'\(name)' probes are never asked in the \(kind.rawValue) segment; \(takes)"
  }

  /// One text, or a list of texts, each with the node it was read from.
  private mutating func probeTexts(_ node: YAMLNode, field: String) -> [(
    text: String, node: YAMLNode
  )]? {
    switch node.content {
    case .scalar where !node.isNull:
      return textValue(node, field: field).map { [($0, node)] }
    case .sequence:
      guard let items = list(node, field: field) else { return nil }
      let texts = items.compactMap { item in textValue(item, field: field).map { ($0, item) } }
      return texts.count == items.count ? texts : nil
    default:
      error("'\(field)' must be text or a list of texts, found \(node.kindDescription)", at: node)
      return nil
    }
  }

  private mutating func question(_ node: YAMLNode, defaultTarget: Int, in kind: SegmentKind?)
    -> Question?
  {
    guard let fields = mapping(node, of: "a question", allowed: Self.questionKeys) else {
      return nil
    }
    require(["id", "text"], in: fields, of: "a question", at: node.location)
    let id = fields["id"].flatMap { questionID($0.value) }
    let text = fields["text"].flatMap { textValue($0.value, field: "text") }
    let target = fields["target"].flatMap { targetValue($0.value) }
    let roles = fields["roles"].flatMap { identifierList($0.value, field: "roles") }
    let followUps = fields["follow-ups"].flatMap { textList($0.value, field: "follow-ups") }
    let tips = fields["tips"].flatMap { textList($0.value, field: "tips") }
    let tags = fields["tags"].flatMap { identifierList($0.value, field: "tags") }
    let after = fields["after"].flatMap { identifier($0.value, field: "after") }
    let needs = fields["needs"].flatMap { conditionValue($0.value) }
    if kind == .questions {
      // There the candidate asks; the deck's questions are only ideas shown on request.
      for key in ["after", "needs"] {
        guard let pair = fields[key] else { continue }
        error(
          "the questions segment's ideas are never asked by the panel, so '\(key)' does not "
            + "apply there; remove it", at: pair.key)
      }
    }
    if let id, let after, let afterNode = fields["after"]?.value {
      afterNodes[id] = afterNode
      afterLinks.append((segmentsRead.count - 1, id, after))
    }
    guard let id, let text else { return nil }
    return Question(
      id: id, text: text, targetSeconds: target ?? defaultTarget, roles: roles ?? [],
      followUps: followUps ?? [], tips: tips ?? [], tags: tags ?? [], after: after,
      needs: needs)
  }

  // MARK: - Order

  /// Checks every `after:` link: it names another question of the same segment, and no chain
  /// of links goes round in a cycle (nothing in one could ever be asked first).
  private mutating func checkAfterLinks() {
    var segmentOf: [String: Int] = [:]
    for (index, segment) in segmentsRead.enumerated() {
      for id in segment.ids where segmentOf[id] == nil { segmentOf[id] = index }
    }
    for (index, segment) in segmentsRead.enumerated() {
      let name = segment.kind.map { "the \($0.rawValue) segment" } ?? "this segment"
      var links: [String: String] = [:]
      for link in afterLinks where link.segment == index {
        guard let node = afterNodes[link.id] else { continue }
        if link.target == link.id {
          error(
            "question '\(link.target)' comes 'after' itself; name the question asked before it",
            at: node)
        } else if let other = segmentOf[link.target], other != index {
          let otherName = segmentsRead[other].kind.map { "the \($0.rawValue) segment" }
          error(
            "'after: \(link.target)' names a question of \(otherName ?? "another segment"); "
              + "'after' names a question of the same segment"
              + (segment.kind.map { " (\($0.rawValue))" } ?? ""), at: node)
        } else if segmentOf[link.target] == nil {
          let near = segment.ids.filter { $0 != link.id }
            .min { editDistance($0, link.target) < editDistance($1, link.target) }
          let hint =
            near.flatMap { editDistance($0, link.target) <= 2 ? $0 : nil }
            .map { "; did you mean '\($0)'?" } ?? ""
          error("'after: \(link.target)' names no question in \(name)\(hint)", at: node)
        } else {
          links[link.id] = link.target
        }
      }
      reportCycles(links, order: segment.ids)
    }
  }

  /// Reports each cycle of `links` (question id to the id it comes after) once, at the
  /// `after:` of its question written first, naming every question in it in file order.
  private mutating func reportCycles(_ links: [String: String], order ids: [String]) {
    var reported: Set<String> = []
    for start in ids where links[start] != nil && !reported.contains(start) {
      // Walk the chain; each question names at most one, so a cycle reached is a loop.
      var path: [String] = []
      var current: String? = start
      while let id = current, !path.contains(id), !reported.contains(id) {
        path.append(id)
        current = links[id]
      }
      guard let loopStart = current, let index = path.firstIndex(of: loopStart) else {
        continue
      }
      let cycle = Array(path[index...])
      reported.formUnion(cycle)
      let first = ids.first { cycle.contains($0) } ?? loopStart
      // Named from the one written first, following its links round.
      var named = [first]
      while let next = links[named[named.count - 1]], next != first { named.append(next) }
      guard let node = afterNodes[first] else { continue }
      error(
        "'after' links go round in a cycle: "
          + (named + [first]).joined(separator: " comes after ")
          + "; one of them must not wait for the others", at: node)
    }
  }

  // MARK: - Mappings

  private typealias Fields = [String: (key: YAMLNode, value: YAMLNode)]

  /// The mapping's entries by key, after merge keys (`<<`), with unknown and repeated keys reported.
  private mutating func mapping(
    _ node: YAMLNode, of what: String, allowed: [String], aliases: [String: String] = [:]
  ) -> Fields? {
    guard case .mapping(let pairs) = node.content else {
      error(
        "expected \(what) to be a mapping of keys to values, found \(node.kindDescription)",
        at: node)
      return nil
    }
    var fields: Fields = [:]
    var merged: [(key: YAMLNode, value: YAMLNode)] = []
    for pair in pairs {
      guard case .scalar(let name, _) = pair.key.content else {
        error("keys must be plain words, found \(pair.key.kindDescription)", at: pair.key)
        continue
      }
      if name == "<<" {
        merged += mergeSources(pair.value)
        continue
      }
      if let first = fields[name] {
        error(
          "duplicate key '\(name)' (first at line \(first.key.location.line)); keep one",
          at: pair.key)
        continue
      }
      guard allowed.contains(name) else {
        error(
          unknownKeyMessage(name, in: what, allowed: allowed, aliases: aliases), at: pair.key)
        continue
      }
      fields[name] = pair
    }
    // Merged entries fill only what the mapping does not say itself, as YAML merge keys do.
    for pair in merged {
      guard case .scalar(let name, _) = pair.key.content, fields[name] == nil else { continue }
      if allowed.contains(name) {
        fields[name] = pair
      } else {
        error(
          unknownKeyMessage(name, in: what, allowed: allowed, aliases: aliases), at: pair.key)
      }
    }
    return fields
  }

  private mutating func mergeSources(_ node: YAMLNode) -> [(key: YAMLNode, value: YAMLNode)] {
    switch node.content {
    case .mapping(let pairs):
      return pairs.flatMap { pair -> [(key: YAMLNode, value: YAMLNode)] in
        if case .scalar("<<", _) = pair.key.content { return mergeSources(pair.value) }
        return [pair]
      }
    case .sequence(let items)
    where items.allSatisfy { if case .mapping = $0.content { true } else { false } }:
      return items.flatMap { mergeSources($0) }
    default:
      error("'<<' merges a mapping or a list of mappings, found \(node.kindDescription)", at: node)
      return []
    }
  }

  private mutating func require(
    _ keys: [String], in fields: Fields, of what: String, at location: SourceLocation
  ) {
    for key in keys where fields[key] == nil {
      diagnostics.error("\(what) needs '\(key)'", at: location)
    }
  }

  private func unknownKeyMessage(
    _ name: String, in what: String, allowed: [String], aliases: [String: String] = [:]
  ) -> String {
    let near = allowed.min { editDistance($0, name) < editDistance($1, name) }
    let suggestion =
      (aliases[name.lowercased()] ?? near.flatMap { editDistance($0, name) <= 2 ? $0 : nil })
      .map { "did you mean '\($0)'? " }
    return
      "unknown key '\(name)' in \(what); \(suggestion ?? "")allowed: \(allowed.joined(separator: ", "))"
  }

  // MARK: - Values

  private mutating func list(_ node: YAMLNode, field: String, required: Bool = false) -> [YAMLNode]?
  {
    guard case .sequence(let items) = node.content else {
      error("'\(field)' must be a list, found \(node.kindDescription)", at: node)
      return nil
    }
    guard !items.isEmpty else {
      error(
        "'\(field)' is empty; list at least one\(required ? "" : ", or remove the key")", at: node)
      return nil
    }
    return items
  }

  /// Text shown to the user: a non-empty string with no control characters and known placeholders.
  private mutating func textValue(_ node: YAMLNode, field: String) -> String? {
    guard case .scalar(let value, _) = node.content, !node.isNull else {
      error("'\(field)' must be text, found \(node.kindDescription)", at: node)
      return nil
    }
    if let control = value.unicodeScalars.first(where: \.isForbiddenControl) {
      error(
        "'\(field)' contains the control character \(control.codePoint); decks may not hold control characters",
        at: node)
      return nil
    }
    guard value.contains(where: { !$0.isWhitespace }) else {
      error("'\(field)' is empty", at: node)
      return nil
    }
    let problems = Placeholder.problems(in: value)
    for problem in problems { error("in '\(field)': \(problem)", at: node) }
    return problems.isEmpty ? value : nil
  }

  private mutating func textList(_ node: YAMLNode, field: String) -> [String]? {
    guard let items = list(node, field: field) else { return nil }
    let texts = items.compactMap { textValue($0, field: field) }
    return texts.count == items.count ? texts : nil
  }

  private mutating func identifier(_ node: YAMLNode, field: String) -> String? {
    guard case .scalar(let value, _) = node.content, !node.isNull else {
      error("'\(field)' must be an id, found \(node.kindDescription)", at: node)
      return nil
    }
    guard !value.isEmpty, value.unicodeScalars.allSatisfy(Self.isIdentifierScalar) else {
      error("'\(field)' must use only a-z, 0-9 and '-', found '\(value)'", at: node)
      return nil
    }
    return value
  }

  private mutating func identifierList(_ node: YAMLNode, field: String) -> [String]? {
    guard let items = list(node, field: field) else { return nil }
    let ids = items.compactMap { identifier($0, field: field) }
    return ids.count == items.count ? ids : nil
  }

  private mutating func questionID(_ node: YAMLNode) -> String? {
    guard let id = identifier(node, field: "id") else { return nil }
    if let first = questionIDs[id] {
      error(
        "duplicate question id '\(id)' (first at line \(first.line)); ids must be unique in a deck",
        at: node)
      return nil
    }
    questionIDs[id] = node.location
    if !segmentsRead.isEmpty { segmentsRead[segmentsRead.count - 1].ids.append(id) }
    return id
  }

  private mutating func segmentKind(_ node: YAMLNode) -> SegmentKind? {
    let known = SegmentKind.allCases.map(\.rawValue).joined(separator: ", ")
    guard case .scalar(let value, _) = node.content, let kind = SegmentKind(rawValue: value) else {
      let found =
        node.isNull ? "nothing" : node.scalarText.map { "'\($0)'" } ?? node.kindDescription
      error("unknown segment id \(found); use one of: \(known)", at: node)
      return nil
    }
    if let first = segmentKinds[kind] {
      error("segment '\(value)' appears twice (first at line \(first.line)); merge them", at: node)
      return nil
    }
    segmentKinds[kind] = node.location
    return kind
  }

  /// A segment's `order:`, or nil (reported) when it is not one of the orders.
  private mutating func orderValue(_ node: YAMLNode) -> QuestionOrder? {
    let known = QuestionOrder.allCases.map(\.rawValue).joined(separator: " or ")
    guard case .scalar(let value, _) = node.content, !node.isNull else {
      error("'order' must be \(known), found \(node.kindDescription)", at: node)
      return nil
    }
    guard let order = QuestionOrder(rawValue: value) else {
      error("unknown order '\(value)'; use \(known)", at: node)
      return nil
    }
    return order
  }

  /// A question's `needs:`, or nil (reported) when it is not a condition the app can check.
  private mutating func conditionValue(_ node: YAMLNode) -> QuestionCondition? {
    let known = QuestionCondition.allCases.map(\.rawValue).joined(separator: ", ")
    guard case .scalar(let value, _) = node.content, !node.isNull else {
      error(
        "'needs' must be one word (accepted: \(known)), found \(node.kindDescription)", at: node)
      return nil
    }
    guard let condition = QuestionCondition(rawValue: value) else {
      error("unknown 'needs' value '\(value)'; accepted: \(known)", at: node)
      return nil
    }
    return condition
  }

  private mutating func targetValue(_ node: YAMLNode) -> Int? {
    guard let value = node.scalarText, !node.isNull else {
      error(
        "'target' must be a duration such as 90, 90s, 2m or 1m30s, found \(node.kindDescription)",
        at: node)
      return nil
    }
    guard let seconds = TargetDuration.seconds(from: value) else {
      error("cannot read target '\(value)'; write 90, 90s, 2m or 1m30s", at: node)
      return nil
    }
    guard (TargetDuration.minimumSeconds...TargetDuration.maximumSeconds).contains(seconds) else {
      error("target '\(value)' is out of range; use 5s to 60m", at: node)
      return nil
    }
    return seconds
  }

  private mutating func error(_ message: String, at node: YAMLNode) {
    diagnostics.error(message, at: node.location)
  }

  private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
  }
}

extension YAMLNode {
  /// The scalar's text, or nil for a list or mapping.
  fileprivate var scalarText: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }
}

extension Unicode.Scalar {
  /// `U+001B`, as error messages name a character.
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

/// Levenshtein distance, for "did you mean" hints on short keys.
private func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[b.count]
}
