import BenchmarkSupport

/// The draws the store generator makes from its seeded SplitMix64.
///
/// `int(_:)` takes the next value modulo the range rather than `Int.random(in:using:)`'s
/// rejection sampling, so a given seed keeps generating the very same store as it always has.
extension SplitMix64 {
  /// A uniform integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// A uniform number in 0..<1.
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// An index into `count` items skewed towards the front (the cube of a uniform draw), so the
  /// first items of a list come up far more often than the last: roughly how words and favourite
  /// questions are spread.
  mutating func skewedIndex(_ count: Int) -> Int {
    let u = unit()
    return min(count - 1, Int(u * u * u * Double(count)))
  }

  /// One element of `items`, uniformly.
  mutating func pick<T>(_ items: [T]) -> T {
    items[int(0...(items.count - 1))]
  }
}
