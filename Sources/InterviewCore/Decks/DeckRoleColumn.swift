extension Deck {
  /// The word `decks list` shows for questions that name no role, so they are for every role.
  public static let anyRole = "any"

  /// The roles `decks list` shows: "any" first when some question names no role (or none
  /// names one), then every role a question names, sorted.
  ///
  /// A deck of general questions plus one `roles: [data]` question is not a data deck: it reads
  /// "any, data", because most of it is asked whatever the role.
  public var listedRoles: [String] {
    let named = roles
    let hasGeneralQuestion = segments.contains { segment in
      segment.questions.contains { $0.roles.isEmpty }
    }
    return (named.isEmpty || hasGeneralQuestion ? [Self.anyRole] : []) + named
  }
}
