import Foundation

/// Runs `body` once and returns how long it took on `ContinuousClock`, with its result.
public func timed<Result>(_ body: () throws -> Result) rethrows -> (
  elapsed: Duration, result: Result
) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  let elapsed = clock.now - start
  return (elapsed, result)
}

extension Duration {
  /// The duration in milliseconds, as a floating-point number.
  public var milliseconds: Double {
    let parts = components
    return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
  }
}

/// The times of repeated runs of one measurement, in milliseconds.
public struct Samples {
  /// Every run's time, sorted ascending.
  public let sorted: [Double]

  /// Samples from the given run times.
  public init(_ durations: [Duration]) {
    self.init(milliseconds: durations.map(\.milliseconds))
  }

  /// Samples from run times already in milliseconds, such as the `sqlite3` shell's timer prints.
  public init(milliseconds: [Double]) {
    sorted = milliseconds.sorted()
  }

  /// How many runs were timed.
  public var count: Int { sorted.count }
  /// The fastest run; NaN when there are none.
  public var min: Double { sorted.first ?? .nan }
  /// The slowest run; NaN when there are none.
  public var max: Double { sorted.last ?? .nan }

  /// The middle run (the mean of the two middle runs for an even count); NaN when there are none.
  public var median: Double {
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The nearest-rank percentile `p` (0...100): the smallest run at least `p`% of runs reach.
  public func percentile(_ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
  }
}

/// One thing to time: the work, and a check of its result.
public struct Workload<Result> {
  /// The work timed; its result is checked, then dropped before the next run.
  public let body: () -> Result
  /// Nil when the result is as expected, else why not, so a failed run is never timed as a fast one.
  public let check: (Result) -> String?

  /// A workload that runs `body` and judges its result with `check`.
  public init(body: @escaping () -> Result, check: @escaping (Result) -> String?) {
    self.body = body
    self.check = check
  }
}

/// Times each workload `iterations` times after `warmUp` untimed rounds, exiting on a bad result.
///
/// The workloads take turns within each round, so drift in the machine or the heap over the run
/// falls on all of them alike and their medians can be compared.
public func benchmark<Result>(
  warmUp: Int, iterations: Int, _ workloads: [Workload<Result>]
) -> [Samples] {
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
public func benchmark<Result>(
  warmUp: Int, iterations: Int, _ body: @escaping () -> Result,
  check: @escaping (Result) -> String?
) -> Samples {
  benchmark(warmUp: warmUp, iterations: iterations, [Workload(body: body, check: check)]).first
    ?? Samples([])
}

/// Runs `body` `warmUp` times untimed, then `runs` times timed, exiting on an error or bad result.
///
/// Each result is checked, so a run that failed or found the wrong thing is never reported as a
/// fast one; `name` prefixes the message, since the throwing bodies' errors rarely say which
/// measurement they came from.
public func measure<Result>(
  _ name: String, warmUp: Int = 2, runs: Int, _ body: () throws -> Result,
  check: (Result) -> String?
) -> Samples {
  var durations: [Duration] = []
  for round in 0..<(warmUp + runs) {
    let run: (elapsed: Duration, result: Result)
    do {
      run = try timed(body)
    } catch {
      fail("\(name): \(error)")
    }
    if let problem = check(run.result) { fail("\(name): \(problem)") }
    if round >= warmUp { durations.append(run.elapsed) }
  }
  return Samples(durations)
}

/// Writes `message` to stderr, prefixed with the program's name, and exits with status 1.
///
/// A benchmark calls it when it measured the wrong thing: a figure from a failed run would mislead.
/// Cleanup a benchmark needs on the way out belongs in an `atexit` handler, which `exit` runs.
public func fail(_ message: String) -> Never {
  // The name the program was run as (`swift run` passes the built executable's path), so each
  // benchmark's errors start with its own name without having to say it.
  let program =
    CommandLine.arguments.first.flatMap { $0.split(separator: "/").last }
    .map(String.init) ?? "benchmark"
  FileHandle.standardError.write(Data("\(program): error: \(message)\n".utf8))
  exit(1)
}
