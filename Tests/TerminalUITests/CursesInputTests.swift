import Testing

@testable import TerminalUI

@Suite struct CursesInputTests {
  @Test func onlyAKeyWaitedForEndsTheReadWithoutLookingForMore() {
    // Queued input (returned at once) is read to its end; a key that came after a wait is
    // handed over alone.
    #expect(!CursesInput.arrivedWhileWaiting(after: .zero))
    #expect(!CursesInput.arrivedWhileWaiting(after: .microseconds(20)))
    #expect(CursesInput.arrivedWhileWaiting(after: .microseconds(300)))
    #expect(CursesInput.arrivedWhileWaiting(after: .milliseconds(120)))
  }
}
