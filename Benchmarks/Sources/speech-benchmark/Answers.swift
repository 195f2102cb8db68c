/// Interview answers as a candidate would say them, without digits: Whisper writes numbers as
/// figures ("90%"), which a word error rate would count against it though nothing was misheard.
enum Answers {
  static let all = [
    """
    In my last role I led the migration of our billing service to a new database. The old \
    system was failing every month end, so I planned the move in three stages, tested each one \
    with real traffic, and we finished two weeks early.
    """,
    """
    When two engineers on my team disagreed about the design of an interface, I asked each of \
    them to write down the tradeoffs. We met for an hour, agreed on the simpler option, and \
    shipped it the following sprint without any rework.
    """,
    """
    I want this position because your team builds tools that people use every day. I enjoy \
    working closely with customers, and I have spent the last four years making slow systems \
    faster and easier to maintain.
    """,
    """
    The hardest feedback I received was that my status reports were too long. I started \
    writing a short summary at the top with the decision I needed, and my manager told me the \
    meetings became much shorter.
    """,
    """
    Before I accept an offer I would like to understand how the team measures success in the \
    first six months, and what support new engineers get while they learn the codebase.
    """,
  ]
}
