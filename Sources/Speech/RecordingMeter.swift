#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the level of a recording while the recorder writes it: the header once, then only the
/// newest 100 ms each time, so a long answer costs no more to watch than a short one.
public final class RecordingMeter {
  /// The recording.
  public let file: String
  private var format: WAVFormat?

  /// A meter of the recording at `file`.
  public init(file: String) {
    self.file = file
  }

  /// The level of the newest 100 ms (0 to 1), or nil while the file holds no samples yet (or
  /// is not 16-bit PCM WAV).
  public func level() -> Double? {
    let descriptor = open(file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    if format == nil {
      format = WAVFormat.parse(Self.read(descriptor, at: 0, count: 4096))
    }
    guard let format else { return nil }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    let samples = Int(status.st_size) - format.dataOffset
    guard samples > 0 else { return nil }
    let whole = samples - samples % format.frameBytes
    let window = min(whole, AudioLevel.windowBytes(format))
    let bytes = Self.read(descriptor, at: format.dataOffset + whole - window, count: window)
    return AudioLevel.rms(bytes)
  }

  private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let got = bytes.withUnsafeMutableBytes {
      pread(descriptor, $0.baseAddress, count, off_t(offset))
    }
    return got > 0 ? Array(bytes[0..<got]) : []
  }
}
