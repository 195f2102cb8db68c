import Foundation
import Speech
import Testing

@Suite struct ChildProcessTests {
  /// Polls `condition` for up to five seconds.
  private func eventually(_ condition: () -> Bool) -> Bool {
    for _ in 0..<250 {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
  }

  @Test func aWatcherSeesTheProcessEndWithoutTakingItsEndingFromTheOwner() throws {
    let running = try ChildProcess.start(["/bin/sleep", "5"])
    #expect(!ChildProcess.hasEnded(running.pid))
    running.signal(SIGKILL)
    #expect(eventually { ChildProcess.hasEnded(running.pid) })
    // Asked without collecting: the owner still learns how it ended.
    #expect(running.waitUntilExit() == .signalled(SIGKILL))
    // Collected: still ended.
    #expect(ChildProcess.hasEnded(running.pid))

    let quick = try ChildProcess.start(["/bin/sh", "-c", "exit 3"])
    #expect(eventually { ChildProcess.hasEnded(quick.pid) })
    #expect(quick.waitUntilExit() == .exited(3))
  }
}
