import Foundation
import Testing

@testable import Speech

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

  @Test func aProgramStillOpenForWritingStartsOnceItIsClosed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "secondround-busy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("stand-in").path
    // Open for writing, as a script just written is in a child another thread is starting:
    // exec refuses it ("Text file busy") until that copy of the descriptor closes.
    let writing = open(script, O_WRONLY | O_CREAT | O_TRUNC, 0o755)
    #expect(writing >= 0)
    let text = Array("#!/bin/sh\nexit 4\n".utf8)
    _ = text.withUnsafeBytes { write(writing, $0.baseAddress, $0.count) }
    let closer = Thread {
      Thread.sleep(forTimeInterval: 0.05)
      close(writing)
    }
    closer.start()
    let started = try ChildProcess.start([script])
    #expect(started.waitUntilExit() == .exited(4))
  }

  @Test func writingToAProgramThatEndedUnreadDoesNotRaiseSIGPIPE() throws {
    var ends: [Int32] = [-1, -1]
    #expect(pipe(&ends) == 0)
    close(ends[0])
    defer { close(ends[1]) }
    // Count SIGPIPEs delivered to this thread while the write runs (the default would end
    // the whole test process; other tests' threads are not counted).
    BrokenPipeCount.thread = pthread_self()
    BrokenPipeCount.delivered = 0
    let previous = signal(SIGPIPE) { _ in
      if pthread_equal(pthread_self(), BrokenPipeCount.thread) != 0 {
        BrokenPipeCount.delivered += 1
      }
    }
    defer { signal(SIGPIPE, previous) }
    ChildProcess.writeHoldingBackBrokenPipe(Array("Tell me about a time".utf8), to: ends[1])
    #expect(BrokenPipeCount.delivered == 0)
    // And the thread's signal mask is as it was: SIGPIPE is not left blocked.
    var mask = sigset_t()
    pthread_sigmask(SIG_SETMASK, nil, &mask)
    #expect(sigismember(&mask, SIGPIPE) == 0)
  }
}

/// What the SIGPIPE handler of `writingToAProgramThatEndedUnreadDoesNotRaiseSIGPIPE` counts.
private enum BrokenPipeCount {
  nonisolated(unsafe) static var thread = pthread_self()
  nonisolated(unsafe) static var delivered = 0
}
