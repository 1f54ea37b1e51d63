package dev.ssotgardener.lang.treesitter;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A front end's query, built on first use: an audit answered from the cache never loads a parser.
 *
 * @param <Q> the language's query
 */
public final class LazyQuery<Q> {
  private final Supplier<Optional<NativeTreeSitter>> fast;
  private final Function<Optional<NativeTreeSitter>, Q> build;
  private Q query;

  private LazyQuery(
      Supplier<Optional<NativeTreeSitter>> fast, Function<Optional<NativeTreeSitter>, Q> build) {
    this.fast = fast;
    this.build = build;
  }

  /** On the optimized native library when it loads, else on the bundled natives. */
  public static <Q> LazyQuery<Q> loading(Function<Optional<NativeTreeSitter>, Q> build) {
    return new LazyQuery<>(NativeTreeSitter::load, build);
  }

  /** On {@code fast}, or on the bundled natives when it is empty. */
  public static <Q> LazyQuery<Q> on(
      Optional<NativeTreeSitter> fast, Function<Optional<NativeTreeSitter>, Q> build) {
    return new LazyQuery<>(() -> fast, build);
  }

  public synchronized Q get() {
    if (query == null) {
      query = build.apply(fast.get());
    }
    return query;
  }
}
