import Foundation
import Testing

/// The bundled decks travel inside the binary, not beside it.
@Suite("a copied binary")
struct PortableBinaryTests {
  @Test("a copy of the binary alone, run from another directory, lists and shows the bundled decks")
  func copiedBinaryHasBundledDecks() throws {
    let sandbox = try Sandbox()
    let original = try BinaryRunner.binaryURL()
    let directory = sandbox.root.appendingPathComponent("bin", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let copy = directory.appendingPathComponent("secondround")
    try FileManager.default.copyItem(at: original, to: copy)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["secondround"])

    // Run from a directory far from the source tree and the build directory.
    let elsewhere = sandbox.root.appendingPathComponent("elsewhere", isDirectory: true)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)

    let list = try sandbox.run(["decks", "list", "--json"], in: elsewhere, binary: copy)
    #expect(list.exitCode == 0)
    #expect(list.stderr == "")
    let decks = try JSONOutput.list(list)
    #expect(decks.map(\.id) == Bundled.ids)
    #expect(decks.allSatisfy { $0.source == "bundled" && $0.questions >= 12 })

    let show = try sandbox.run(
      ["decks", "show", Bundled.generalID, "--json"], in: elsewhere, binary: copy)
    #expect(show.exitCode == 0)
    let deck = try JSONOutput.deck(show)
    #expect(deck.segments.map(\.id) == Bundled.generalSegments)
    #expect(deck.segments.allSatisfy { $0.questions.count >= 15 })

    let pack = try sandbox.run(
      ["decks", "show", "sales-customer-success", "--role", "sales"], in: elsewhere, binary: copy)
    #expect(pack.exitCode == 0)
    #expect(pack.stdoutLines.first?.hasPrefix("Sales and customer success") == true)
  }
}
