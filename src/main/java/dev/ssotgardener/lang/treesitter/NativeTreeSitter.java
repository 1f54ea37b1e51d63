package dev.ssotgardener.lang.treesitter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * tree-sitter built with {@code gcc -O2} into our own library (see {@code src/main/c/}), reached
 * through one JNI call per file that parses, runs a compiled query and returns every capture in one
 * flat int array. Language-neutral, so any front end can use it; when the library is absent (no C
 * compiler at build time, another platform) {@link #load()} is empty and callers fall back.
 *
 * <p>Result layout of {@link Query#run}: {@code [flags, matchCount]} then {@value #STRIDE} ints per
 * capture, in match order: match number, pattern index, capture index, start byte, end byte, node
 * symbol. Flag {@link #HAS_ERROR}: the tree contains an error; {@link #NO_TREE}: no tree.
 */
public final class NativeTreeSitter {
  public static final int HEADER = 2;
  public static final int STRIDE = 6;
  public static final int MATCH = 0;
  public static final int PATTERN = 1;
  public static final int CAPTURE = 2;
  public static final int START = 3;
  public static final int END = 4;
  public static final int SYMBOL = 5;
  public static final int HAS_ERROR = 1;
  public static final int NO_TREE = 2;

  /** Set to {@code false} to use the bundled (slower) tree-sitter natives instead. */
  public static final String ENABLED_PROPERTY = "ssot.native";

  private static final String LIBRARY = "libssotts.so";
  // Frees compiled queries whose owner is gone; a query is small and lives as long as an audit.
  private static final Cleaner CLEANER = Cleaner.create();

  /** The grammars compiled into the library, by the ids the C glue knows them. */
  public enum Grammar {
    PYTHON,
    JAVA
  }

  private NativeTreeSitter() {}

  /** The library for this platform, extracted from the jar and loaded; empty if unavailable. */
  public static Optional<NativeTreeSitter> load() {
    if ("false".equals(System.getProperty(ENABLED_PROPERTY))) {
      return Optional.empty();
    }
    String resource = "/dev/ssotgardener/native/" + platform() + "/" + LIBRARY;
    try (InputStream in = NativeTreeSitter.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      System.load(extract(in.readAllBytes()).toString());
      return Optional.of(new NativeTreeSitter());
    } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Compiles {@code source} for {@code grammar}; throws IllegalArgumentException if invalid. */
  public Query compile(Grammar grammar, String source) {
    long handle = compile(grammar.ordinal(), source.getBytes(StandardCharsets.UTF_8));
    return new Query(grammar, handle, captureNames(handle));
  }

  /** A compiled query; immutable and safe to run from many threads at once. */
  public static final class Query {
    private final Grammar grammar;
    private final long handle;
    private final String[] captureNames;

    private Query(Grammar grammar, long handle, String[] captureNames) {
      this.grammar = grammar;
      this.handle = handle;
      this.captureNames = captureNames;
      CLEANER.register(this, () -> free(handle));
    }

    public String captureName(int index) {
      return captureNames[index];
    }

    public int captureCount() {
      return captureNames.length;
    }

    /** The grammar's name of a node symbol, as in a result's symbol column. */
    public String symbolName(int symbol) {
      return NativeTreeSitter.symbolName(grammar.ordinal(), symbol);
    }

    /** Parses UTF-8 {@code text} and runs this query over it; no tree outlives the call. */
    public int[] run(byte[] text) {
      try {
        return NativeTreeSitter.run(grammar.ordinal(), handle, text);
      } finally {
        java.lang.ref.Reference.reachabilityFence(this);
      }
    }
  }

  private static String platform() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return (os.contains("linux") ? "linux" : os)
        + "-"
        + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch);
  }

  /** Writes the library once per content to the temp directory (temp file + atomic rename). */
  private static Path extract(byte[] library) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ssot-native-" + sha256(library));
    Path target = dir.resolve(LIBRARY);
    if (Files.isRegularFile(target) && Files.size(target) == library.length) {
      return target;
    }
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "lib", ".tmp");
    try {
      Files.write(temp, library);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static native long compile(int grammar, byte[] source);

  private static native void free(long query);

  private static native String[] captureNames(long query);

  private static native String symbolName(int grammar, int symbol);

  private static native int[] run(int grammar, long query, byte[] text);
}
