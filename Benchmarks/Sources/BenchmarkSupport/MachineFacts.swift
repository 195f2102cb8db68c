import Foundation

/// Facts about the machine and process that are cheap to read.
public enum MachineFacts {
  /// The hardware name `uname -m` prints, e.g. `x86_64`.
  public static var architecture: String {
    var names = utsname()
    guard uname(&names) == 0 else { return "unknown" }
    return withUnsafeBytes(of: &names.machine) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// The CPU's model name from `/proc/cpuinfo`, if there is one.
  public static var cpuModel: String? {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return nil
    }
    let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line?.split(separator: ":", maxSplits: 1).last.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  /// The operating system as Foundation describes it.
  public static var operatingSystem: String {
    ProcessInfo.processInfo.operatingSystemVersionString
  }

  /// The cores the process may use.
  public static var activeCores: Int {
    ProcessInfo.processInfo.activeProcessorCount
  }

  /// The hardware and cores on one line, e.g. `x86_64, 2 active cores, AMD EPYC 7B13`.
  public static var summary: String {
    "\(architecture), \(activeCores) active cores" + (cpuModel.map { ", \($0)" } ?? "")
  }

  /// A field of `/proc/self/status` given in kB (such as `VmHWM`), in MiB; nil off Linux.
  public static func statusMiB(_ field: String) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
      let value = line.dropFirst(field.count + 1).split(whereSeparator: \.isWhitespace).first
      guard let value, let kibibytes = Double(value) else { return nil }
      return kibibytes / 1024
    }
    return nil
  }

  /// The peak resident set of this program's own memory, in MiB: `VmHWM`, which starts afresh
  /// at `execve`; nil off Linux.
  public static var peakResidentMiB: Double? { statusMiB("VmHWM") }

  /// The process's peak resident set, in MiB (`ru_maxrss` is in KiB on Linux).
  ///
  /// Linux carries it across `execve`, and `swift run` execs the benchmark in place, so under
  /// `swift run` this is SwiftPM's own peak when that was larger; `peakResidentMiB` is the
  /// benchmark's alone.
  public static var maximumResidentMiB: Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
