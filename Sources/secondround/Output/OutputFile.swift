import Foundation

/// Writes an export file so that it is private, never clobbers by accident, and is never seen
/// half-written.
enum OutputFile {
  /// Why the file was not written; nothing is left behind in either case.
  enum Failure: Error, CustomStringConvertible {
    /// The file exists and `--force` was not given.
    case exists(String)
    /// The directory or the file system refused.
    case cannotWrite(String, reason: String)

    /// One line naming the file.
    var description: String {
      switch self {
      case .exists(let path):
        return "\(path): error: already exists; pass --force to replace it"
      case .cannotWrite(let path, let reason):
        return "\(path): error: cannot write: \(reason)"
      }
    }
  }

  /// Writes `text` to `path` with mode 0600.
  ///
  /// Without `force` the name is first claimed with `O_CREAT | O_EXCL`, which fails atomically
  /// when anything (a file, a symlink) is already there, so two exports cannot race past a
  /// check. The bytes go to a temporary file in the same directory and are renamed over the
  /// name: rename is atomic within a file system, so readers see the old file or the whole new
  /// one, and a failure (disk full, a signal) leaves no partial export.
  static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
    let directory = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .cannotWrite(path, reason: "it is a directory")
    }
    var claimed = false
    if !force {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        if errno == EEXIST { throw .exists(path) }
        throw .cannotWrite(path, reason: currentError())
      }
      close(descriptor)
      claimed = true
    }
    let template = (directory.isEmpty ? "." : directory) + "/.secondround-export-XXXXXX"
    var templateBytes = Array(template.utf8CString)
    let descriptor = mkstemp(&templateBytes)
    guard descriptor >= 0 else {
      let reason = currentError()
      if claimed { unlink(path) }
      throw .cannotWrite(path, reason: reason)
    }
    // mkstemp filled in the X's; the array still ends in its NUL.
    let temporary = String(
      decoding: templateBytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    func abandon(_ reason: String) -> Failure {
      close(descriptor)
      unlink(temporary)
      if claimed { unlink(path) }
      return .cannotWrite(path, reason: reason)
    }
    // mkstemp already makes 0600; fchmod says so whatever the platform's umask rules.
    guard fchmod(descriptor, 0o600) == 0 else { throw abandon(currentError()) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        Foundation.write(descriptor, $0.baseAddress, $0.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw abandon(currentError())
      }
      written += count
    }
    guard fsync(descriptor) == 0 else { throw abandon(currentError()) }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = currentError()
      unlink(temporary)
      if claimed { unlink(path) }
      throw .cannotWrite(path, reason: reason)
    }
  }

  private static func currentError() -> String {
    String(cString: strerror(errno))
  }
}
