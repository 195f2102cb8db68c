/// Runs `body` once and returns how long it took on `ContinuousClock`, with its result.
func timed<Result>(_ body: () -> Result) -> (elapsed: Duration, result: Result) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = body()
  let elapsed = clock.now - start
  return (elapsed, result)
}

extension Duration {
  /// The duration in milliseconds, as a floating-point number.
  var milliseconds: Double {
    let parts = components
    return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
  }
}

/// The timings of repeated runs of one measurement, in milliseconds.
struct Samples {
  /// Every run's time, sorted ascending.
  let sorted: [Double]

  /// Samples from the given run times; at least one is expected.
  init(_ durations: [Duration]) {
    sorted = durations.map(\.milliseconds).sorted()
  }

  /// How many runs were timed.
  var count: Int { sorted.count }
  /// The fastest run.
  var min: Double { sorted.first ?? .nan }
  /// The slowest run.
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

/// One thing to time: the work, and a check of its result.
struct Workload<Result> {
  /// The work timed; its result is checked, then dropped before the next run.
  let body: () -> Result
  /// Nil when the result is as expected, else why not, so a failed run is never timed as a fast one.
  let check: (Result) -> String?
}

/// Times each workload `iterations` times after `warmUp` untimed rounds, exiting on a bad result.
///
/// The workloads take turns within each round, so drift in the machine or the heap over the run
/// falls on all of them alike and their medians can be compared.
func benchmark<Result>(warmUp: Int, iterations: Int, _ workloads: [Workload<Result>]) -> [Samples] {
  var durations = Array(repeating: [Duration](), count: workloads.count)
  for round in 0..<(warmUp + iterations) {
    for (index, workload) in workloads.enumerated() {
      let (elapsed, result) = timed(workload.body)
      if let problem = workload.check(result) { fail(problem) }
      if round >= warmUp { durations[index].append(elapsed) }
    }
  }
  return durations.map(Samples.init)
}

/// Times one workload `iterations` times after `warmUp` untimed runs, exiting on a bad result.
func benchmark<Result>(
  warmUp: Int, iterations: Int, _ body: @escaping () -> Result,
  check: @escaping (Result) -> String?
) -> Samples {
  benchmark(warmUp: warmUp, iterations: iterations, [Workload(body: body, check: check)]).first
    ?? Samples([])
}
