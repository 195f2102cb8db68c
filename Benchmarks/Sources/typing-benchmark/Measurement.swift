import Foundation

/// Nanoseconds on the monotonic clock: a vDSO call of some 20 ns, cheap enough to read four
/// times a keystroke.
func nanoseconds() -> Int64 {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// Per-keystroke values (nanoseconds or bytes), sorted for percentiles.
struct Distribution {
  /// Every value, ascending.
  let sorted: [Int64]
  /// Their sum.
  let total: Int64

  /// The distribution of `values`.
  init(_ values: [Int64]) {
    sorted = values.sorted()
    total = values.reduce(0, +)
  }

  /// How many values there are.
  var count: Int { sorted.count }
  /// The mean; NaN when empty.
  var mean: Double { sorted.isEmpty ? .nan : Double(total) / Double(sorted.count) }
  /// The largest value.
  var max: Int64 { sorted.last ?? 0 }

  /// The nearest-rank percentile `p` (0...100): the smallest value at least `p`% of them reach.
  func percentile(_ p: Double) -> Int64 {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
  }
}

/// A least-squares line through per-keystroke costs against the answer's length, the length
/// after keystroke `i` being `i + 1` characters (every key of the answer adds one): how much of
/// a keystroke's cost is fixed, and how much it grows per character already typed.
struct LinearFit {
  /// The cost the line gives an empty answer.
  let intercept: Double
  /// The extra cost per character already typed.
  let slope: Double

  /// The fit through `costs`, indexed by keystroke.
  init(_ costs: [Int64]) {
    let count = Double(costs.count)
    let meanX = (count + 1) / 2
    let meanY = Double(costs.reduce(0, +)) / max(count, 1)
    var covariance = 0.0
    var variance = 0.0
    for (index, cost) in costs.enumerated() {
      let dx = Double(index + 1) - meanX
      covariance += dx * (Double(cost) - meanY)
      variance += dx * dx
    }
    slope = variance > 0 ? covariance / variance : 0
    intercept = meanY - slope * meanX
  }
}

/// The median of a few repeated timings.
func median(_ values: [Int64]) -> Int64 {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
