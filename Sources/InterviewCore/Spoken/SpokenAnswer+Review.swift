extension SpokenAnswer {
  /// The line review shows under a spoken answer's times: "Transcribed · 150 words a minute ·
  /// 2 pauses over 2 s, longest 0:04", or why it is not transcribed and the command that tries
  /// again (`sessionID`'s).
  public func reviewLine(sessionID: Int64) -> String {
    let retry = " — transcripts transcribe \(sessionID)"
    switch status {
    case .pending:
      return "Recorded, not transcribed yet" + retry
    case .notTranscribed(let reason):
      return "Not transcribed: \(reason.isEmpty ? "no reason given" : reason)" + retry
    case .transcribed:
      var parts = ["Transcribed"]
      guard let delivery = SpokenDelivery(timings: words) else {
        return (parts + ["no words heard"]).joined(separator: " · ")
      }
      parts.append(counted(wordsPerMinute ?? delivery.wordsPerMinute, "word") + " a minute")
      let pauses = delivery.longPauses.count
      if pauses == 0 {
        parts.append("no pauses over 2 s")
      } else {
        let longest = delivery.longestPauseMilliseconds / 1000
        parts.append(
          counted(pauses, "pause") + " over 2 s, longest "
            + "\(longest / 60):\(longest % 60 < 10 ? "0" : "")\(longest % 60)")
      }
      return parts.joined(separator: " · ")
    }
  }
}
