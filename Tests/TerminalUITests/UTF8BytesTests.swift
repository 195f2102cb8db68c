import Testing

@testable import TerminalUI

/// Decodes `bytes` one at a time, then flushes.
private func decode(_ bytes: [UInt8], fallback: @escaping (UInt8) -> Unicode.Scalar? = { _ in nil })
  -> String
{
  var decoder = UTF8Bytes(fallback: fallback)
  var scalars = bytes.flatMap { decoder.feed($0) }
  scalars += decoder.flush()
  return String(String.UnicodeScalarView(scalars))
}

@Suite struct UTF8BytesTests {
  @Test func decodesASCIIAndMultibyteCharacters() {
    #expect(decode(Array("aé日本😀\r".utf8)) == "aé日本😀\r")
  }

  @Test func aCharacterIsHeldUntilItsLastByte() {
    var decoder = UTF8Bytes()
    #expect(decoder.feed(0xE6) == [])
    #expect(decoder.isPending)
    #expect(decoder.feed(0x97) == [])
    #expect(decoder.feed(0xA5) == ["日"])
    #expect(!decoder.isPending)
  }

  @Test func strayBytesNeverSwallowTheKeysAfterThem() {
    // A lead byte cut short by Enter: the Enter still arrives.
    #expect(decode([0xC3, 0x0D, 0x61]) == "\u{FFFD}\ra")
    #expect(decode([0xFF, 0x80, 0x71]) == "\u{FFFD}\u{FFFD}q")
    // Overlong and surrogate encodings are not characters.
    #expect(decode([0xE0, 0x80, 0x80, 0x61]) == "\u{FFFD}\u{FFFD}\u{FFFD}a")
    #expect(decode([0xED, 0xA0, 0x80]) == "\u{FFFD}\u{FFFD}\u{FFFD}")
    #expect(decode([0xC3]) == "\u{FFFD}")
  }

  @Test func strayBytesMeanWhatTheLocaleSays() {
    // Latin-1: 0xE9 alone is é.
    #expect(decode([0xE9, 0x20], fallback: { Unicode.Scalar(UInt32($0)) }) == "é ")
  }
}
