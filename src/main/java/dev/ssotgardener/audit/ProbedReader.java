package dev.ssotgardener.audit;

import dev.ssotgardener.nativelib.NativeFileProbe;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceReader;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a file a {@link ReadPlan} does not parse outright, decoding it only when its bytes may hold
 * what an enabled check looks for. With our native library the read and the probes are one call,
 * and only a file worth decoding is read again, in Java (a markers-only audit of zen read ~0.9 GB
 * for 9 files with markers: the Java read and probes were ~40% of its CPU); without the library,
 * {@link SourceReader} reads and probes in Java. Both give the same outcome for every file.
 */
final class ProbedReader {
  private final SourceReader reader;
  private final ReadPlan plan;
  private final Optional<NativeFileProbe> probe;

  ProbedReader(SourceReader reader, ReadPlan plan, Optional<NativeFileProbe> probe) {
    this.reader = reader;
    this.plan = plan;
    this.probe = probe;
  }

  /**
   * The file as text if worth decoding, {@link ReadOutcome.Undecoded} if not, or skipped (binary,
   * unreadable) exactly as {@link SourceReader} skips it.
   */
  ReadOutcome read(FileEntry entry, boolean source) {
    boolean suppressions = plan.suppressions() && source;
    OptionalInt bits =
        probe.isEmpty()
            ? OptionalInt.empty()
            : probe
                .get()
                .probe(
                    entry.file(), entry.size(), suppressions ? ReadPlan.SUPPRESSION_BYTES : null);
    if (bits.isEmpty()) {
      return reader.read(entry, (bytes, length) -> plan.worthDecoding(source, bytes, length));
    }
    int found = bits.getAsInt();
    if ((found & NativeFileProbe.UTF16) != 0) {
      return reader.read(entry);
    }
    if ((found & NativeFileProbe.NUL) != 0) {
      return SourceReader.binary(entry.path());
    }
    boolean worth =
        plan.markers() && (found & NativeFileProbe.MARKER) != 0
            || suppressions && (found & NativeFileProbe.NEEDLE) != 0;
    return worth ? reader.read(entry) : new ReadOutcome.Undecoded(entry.path());
  }
}
