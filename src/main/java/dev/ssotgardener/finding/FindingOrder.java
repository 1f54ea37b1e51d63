package dev.ssotgardener.finding;

import java.util.Comparator;

/** The one order every output lists findings in: path, position, then truth. */
public final class FindingOrder {
  public static final Comparator<Finding> INSTANCE =
      Comparator.comparing(Finding::path)
          .thenComparingInt(f -> f.span().startLine())
          .thenComparingInt(f -> f.span().startColumn())
          .thenComparing(Finding::truth)
          .thenComparing(Finding::message);

  private FindingOrder() {}
}
