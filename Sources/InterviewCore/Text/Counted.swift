/// A count with its noun in agreement: "1 question", "2 questions"; `plural` for nouns that do
/// not take an s ("1 analysis", "2 analyses"). The one place every count on screen, on the
/// command line and in the formats is spelled, so none says "1 questions".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
