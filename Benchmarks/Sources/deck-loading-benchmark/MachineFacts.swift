import Foundation

/// Facts about the machine and process that are cheap to read.
enum MachineFacts {
  /// The hardware name `uname -m` prints, e.g. `x86_64`.
  static var architecture: String {
    var names = utsname()
    guard uname(&names) == 0 else { return "unknown" }
    return withUnsafeBytes(of: &names.machine) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
  }

  /// The CPU's model name from `/proc/cpuinfo`, if there is one.
  static var cpuModel: String? {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return nil
    }
    let line = text.split(separator: "\n").first { $0.hasPrefix("model name") }
    return line?.split(separator: ":", maxSplits: 1).last.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  /// The operating system as Foundation describes it.
  static var operatingSystem: String {
    ProcessInfo.processInfo.operatingSystemVersionString
  }

  /// The cores the process may use.
  static var activeCores: Int {
    ProcessInfo.processInfo.activeProcessorCount
  }

  /// A field of `/proc/self/status` given in kB (such as `VmHWM`), in MiB; nil off Linux.
  static func statusMiB(_ field: String) -> Double? {
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
}
