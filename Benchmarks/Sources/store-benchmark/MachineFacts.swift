import Foundation

/// Facts about the machine and process that are cheap to read.
enum MachineFacts {
  /// Architecture, active cores and CPU model on one line.
  static var summary: String {
    var names = utsname()
    let architecture =
      uname(&names) == 0
      ? withUnsafeBytes(of: &names.machine) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      : "unknown"
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
    return "\(architecture), \(ProcessInfo.processInfo.activeProcessorCount) active cores"
      + (cpu.map { ", \($0)" } ?? "")
  }

  /// `VmHWM` from `/proc/self/status` (Linux), or "unknown".
  static var peakResident: String {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return line.map { $0.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces) }
      ?? "unknown"
  }
}
