package dev.ssotgardener.lang.treesitter;

import dev.ssotgardener.nativelib.NativeLibrary;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * tree-sitter built with {@code gcc -O3 -flto} into our own library (see {@code src/main/c/}),
 * reached through one JNI call per file that parses, runs a compiled query (or a grammar's
 * hand-written walk of it, {@link Query#walk}) and returns every capture in one flat int array.
 * Language-neutral, so any front end can use it; when the library is absent ({@link NativeLibrary})
 * {@link #load()} is empty and callers fall back.
 *
 * <p>Result layout of {@link Query#run} and {@link Walk#run}: {@code [flags, matchCount]} then
 * {@value #STRIDE} ints per capture, in match order: match number, pattern index, capture index,
 * start byte, end byte, node symbol. Flag {@link #HAS_ERROR}: the tree contains an error; {@link
 * #NO_TREE}: no tree.
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

  // Frees compiled queries whose owner is gone; a query is small and lives as long as an audit.
  private static final Cleaner CLEANER = Cleaner.create();

  /** The grammars compiled into the library, by the ids the C glue knows them. */
  public enum Grammar {
    PYTHON,
    JAVA
  }

  private NativeTreeSitter() {}

  /** The library for this platform, loaded; empty if unavailable. */
  public static Optional<NativeTreeSitter> load() {
    return NativeLibrary.load() ? Optional.of(new NativeTreeSitter()) : Optional.empty();
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

    /**
     * The grammar's hand-written walk of this query ({@code src/main/c/ssot_ts.h}): the same
     * matches in the same order, without the query cursor's cost. Throws IllegalArgumentException
     * if the grammar has no walk or this query lacks a capture the walk emits.
     */
    public Walk walk() {
      String[] names = walkCaptureNames(grammar.ordinal());
      if (names == null) {
        throw new IllegalArgumentException("no hand-written walk for " + grammar);
      }
      List<String> ours = List.of(captureNames);
      int[] ids = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        ids[i] = ours.indexOf(names[i]);
        if (ids[i] < 0) {
          throw new IllegalArgumentException("the query has no capture @" + names[i]);
        }
      }
      return new Walk(grammar, ids);
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

  /** A grammar's hand-written walk of one query; immutable and safe to run from many threads. */
  public static final class Walk {
    private final Grammar grammar;
    private final int[] captures;

    private Walk(Grammar grammar, int[] captures) {
      this.grammar = grammar;
      this.captures = captures;
    }

    /** Parses UTF-8 {@code text} and walks its tree; answers as {@link Query#run} does. */
    public int[] run(byte[] text) {
      return NativeTreeSitter.walk(grammar.ordinal(), captures, text);
    }
  }

  private static native long compile(int grammar, byte[] source);

  private static native void free(long query);

  private static native String[] captureNames(long query);

  private static native String symbolName(int grammar, int symbol);

  private static native int[] run(int grammar, long query, byte[] text);

  private static native String[] walkCaptureNames(int grammar);

  private static native int[] walk(int grammar, int[] captures, byte[] text);
}
