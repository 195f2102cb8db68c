/// The summary's own state: how far it is scrolled.
extension Interview {
  /// The first line of the summary on screen; 0 until it is scrolled.
  public var summaryOffset: Int { summaryScroll ?? 0 }

  /// Scrolls the summary to `offset`, never above its top; only the summary scrolls. How far
  /// down it may go depends on the terminal, so the keymap clamps the other end.
  mutating func scrollSummary(to offset: Int) {
    guard stage.isSummary else { return }
    summaryScroll = max(0, offset)
  }
}
