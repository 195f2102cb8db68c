import ArgumentParser
import Foundation
import InterviewCore

/// `--job FILE`, which `rehearse`, `drill` and `feedback` take.
struct JobOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A job description (plain text); the feedback lists its terms used and missing.",
      valueName: "FILE"))
  var job: String?

  /// The job description the file holds, or nil without `--job`; a file that cannot be read is
  /// one line and exit 66.
  func jobDescription() throws -> String? {
    try job.flatMap(JobDescriptionFile.read(path:))
  }
}

/// `--job FILE` and `--feedback WHEN`, which `rehearse` takes.
struct FeedbackOptions: ParsableArguments {
  @OptionGroup var jobOption: JobOption

  @Option(
    help: ArgumentHelp(
      "When coaching feedback shows: after each answer, only at the end, or off.",
      valueName: "after-each|end|off"))
  var feedback: FeedbackTiming?

  /// The job description `--job` names, if any.
  func jobDescription() throws -> String? { try jobOption.jobDescription() }
}

extension FeedbackTiming: ExpressibleByArgument {}

/// Reading a job description the user saved from a posting.
enum JobDescriptionFile {
  /// The largest description read; postings are a few kilobytes.
  static let maximumBytes = 256 * 1024

  /// The text of the file at `path`: invalid UTF-8 replaced, control characters (other than
  /// line breaks and tabs) made spaces, so a pasted posting never reaches the terminal raw.
  static func read(path: String) throws -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Terminal.failure("--job: no such file '\(path.inert)'", exitCode: 66)
    }
    guard !isDirectory.boolValue else {
      throw Terminal.failure("--job: '\(path.inert)' is a directory, not a file", exitCode: 66)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Terminal.failure("--job: cannot read '\(path.inert)'", exitCode: 66)
    }
    guard data.count <= maximumBytes else {
      throw Terminal.failure(
        "--job: '\(path.inert)' is \(data.count / 1024) KB; a job description is at most "
          + "\(maximumBytes / 1024) KB",
        exitCode: 65)
    }
    // A posting is text: a NUL byte or bytes that are not UTF-8 mean another kind of file.
    guard !data.contains(0), let text = String(validating: data, as: UTF8.self) else {
      throw Terminal.failure(
        "--job: '\(path.inert)' is not plain UTF-8 text; save the posting as a .txt file",
        exitCode: 65)
    }
    guard let cleaned = clean(text) else {
      throw Terminal.failure("--job: '\(path.inert)' is empty", exitCode: 65)
    }
    return cleaned
  }

  /// `text` with control characters made spaces, trimmed; nil when nothing is left.
  static func clean(_ text: String) -> String? {
    let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
      if scalar == "\n" || scalar == "\t" { return scalar }
      if scalar == "\r" { return "\n" }
      return scalar.properties.generalCategory == .control ? " " : scalar
    }
    let cleaned = String(String.UnicodeScalarView(scalars))
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return cleaned.isEmpty ? nil : cleaned
  }
}
