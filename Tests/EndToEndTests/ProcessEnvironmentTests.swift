import Foundation
import Testing

@testable import secondround

/// The environment read once, split at the first `=`, as Foundation reads it.
@Suite struct ProcessEnvironmentTests {
  @Test func splitsEachEntryAtItsFirstEqualsSignAndKeepsTheFirstOfTwo() {
    let entries = ["A=1", "B==x", "NOEQUALS", "A=2", "EMPTY=", "CAFÉ=é ☕", "PATH=/bin:/usr/bin"]
    let copies = entries.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var block = copies + [nil]
    let variables = block.withUnsafeMutableBufferPointer {
      ProcessEnvironment.variables(of: $0.baseAddress)
    }
    #expect(
      variables == [
        "A": "1", "B": "=x", "EMPTY": "", "CAFÉ": "é ☕", "PATH": "/bin:/usr/bin",
      ])
  }

  @Test func readsWhatFoundationReads() {
    #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
    #expect(ProcessEnvironment.variables(of: nil).isEmpty)
  }
}
