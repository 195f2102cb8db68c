import Foundation
import InterviewCore
import Testing
import TranscriptStore

@Suite struct DataDirectoryTests {
  @Test func theFlagWinsThenTheVariableThenXDGThenHome() {
    let everything = [
      "SECONDROUND_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/u",
    ]
    #expect(DataDirectory.path(flag: "/flag", environment: everything) == "/flag")
    #expect(DataDirectory.path(flag: nil, environment: everything) == "/env")
    #expect(
      DataDirectory.path(flag: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"])
        == "/xdg/secondround")
    #expect(
      DataDirectory.path(flag: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"])
        == "/home/u/.local/share/secondround")
    #expect(DataDirectory.path(flag: nil, environment: [:]) == nil)
  }

  @Test func preparingCreatesAPrivateDirectoryAndTightensAnExistingOne() throws {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-data-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: base) }

    let fresh = base + "/nested/data"
    try DataDirectory.prepare(fresh)
    #expect(try permissions(fresh) == 0o700)

    let loose = base + "/loose"
    try FileManager.default.createDirectory(
      atPath: loose, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    try DataDirectory.prepare(loose)
    #expect(try permissions(loose) == 0o700)
  }

  @Test func aFileInTheWayIsAClearError() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("secondround-file-\(UUID().uuidString)").path
    try #require(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    #expect(throws: DataDirectoryError.notADirectory(file)) { try DataDirectory.prepare(file) }
    #expect(DataDirectoryError.notADirectory(file).description == "\(file): error: not a directory")
  }

  private func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }
}
