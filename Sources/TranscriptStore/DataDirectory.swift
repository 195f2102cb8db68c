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
      try create(path)
    }
    guard chmod(path, 0o700) == 0 else {
      throw .cannotCreate(path, reason: String(cString: strerror(errno)))
    }
  }

  /// Makes `path` and its missing parents with mkdir(2), so a failure names the real cause
  /// ("Not a directory", "Permission denied") rather than a Foundation error number.
  private static func create(_ path: String) throws(DataDirectoryError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
      if mkdir(prefix, 0o700) != 0, errno != EEXIST {
        throw .cannotCreate(path, reason: String(cString: strerror(errno)))
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .cannotCreate(path, reason: String(cString: strerror(ENOTDIR)))
    }
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
