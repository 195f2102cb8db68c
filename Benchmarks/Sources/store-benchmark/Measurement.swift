import Foundation

extension Duration {
  /// The duration in milliseconds, as a floating-point number.
  var milliseconds: Double {
    let parts = components
    return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
  }
}

/// The times of repeated runs of one measurement, in milliseconds.
struct Samples {
  /// Every run's time, sorted ascending.
  let sorted: [Double]

  /// Samples from run times in milliseconds.
  init(milliseconds: [Double]) {
    sorted = milliseconds.sorted()
  }

  var count: Int { sorted.count }
  var min: Double { sorted.first ?? .nan }
  var max: Double { sorted.last ?? .nan }

  /// The middle run (the mean of the two middle runs for an even count).
  var median: Double {
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The nearest-rank percentile `p` (0...100): the smallest run at least `p`% of runs reach.
  func percentile(_ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
  }
}

/// Runs `body` `warmUp` times untimed, then `runs` times on `ContinuousClock`; each result is
/// checked, so a run that failed or found the wrong thing is never reported as a fast one.
func measure<Result>(
  _ name: String, warmUp: Int = 2, runs: Int, _ body: () throws -> Result,
  check: (Result) -> String?
) -> Samples {
  let clock = ContinuousClock()
  var times: [Double] = []
  for round in 0..<(warmUp + runs) {
    let start = clock.now
    let result: Result
    do {
      result = try body()
    } catch {
      fail("\(name): \(error)")
    }
    let elapsed = clock.now - start
    if let problem = check(result) { fail("\(name): \(problem)") }
    if round >= warmUp { times.append(elapsed.milliseconds) }
  }
  return Samples(milliseconds: times)
}

/// Writes `message` to stderr and exits with status 1: the benchmark measured the wrong thing.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("store-benchmark: error: \(message)\n".utf8))
  exit(1)
}
