import Foundation

/// Where transcripts are kept, and how that directory is made private.
public enum DataDirectory {
  /// `--data-dir`, else `$SECONDROUND_DATA_DIR`, else `$XDG_DATA_HOME/secondround`,
  /// else `~/.local/share/secondround`; nil only when there is no home to fall back on.
  public static func path(flag: String?, environment: [String: String]) -> String? {
    if let flag, !flag.isEmpty { return flag }
    if let explicit = environment["SECONDROUND_DATA_DIR"], !explicit.isEmpty { return explicit }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/secondround" }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/share/secondround"
  }

  /// Creates `path` (and missing parents) if needed and makes it readable by its owner alone.
  ///
  /// An existing directory is tightened to 0700 as well: transcripts are private even when the
  /// directory was made by hand with a looser umask.
  public static func prepare(_ path: String) throws(DataDirectoryError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notADirectory(path) }
    } else {
      do {
        try FileManager.default.createDirectory(
          atPath: path, withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
      } catch {
        throw .cannotCreate(path, reason: Self.reason(error))
      }
    }
    guard chmod(path, 0o700) == 0 else {
      throw .cannotCreate(path, reason: String(cString: strerror(errno)))
    }
  }

  private static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return (error as NSError).localizedDescription
  }
}

/// Why the data directory could not be made ready.
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
  /// Something that is not a directory stands at the path.
  case notADirectory(String)
  /// The directory could not be created or made private.
  case cannotCreate(String, reason: String)

  /// One line for the user.
  public var description: String {
    switch self {
    case .notADirectory(let path): return "\(path): error: not a directory"
    case .cannotCreate(let path, let reason): return "\(path): error: cannot create: \(reason)"
    }
  }
}
