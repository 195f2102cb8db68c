/// SplitMix64: a small, fast generator whose output depends only on the seed, so every run and
/// every machine generates the same store.
struct RandomSource {
  private var state: UInt64

  /// A generator started from `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

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
