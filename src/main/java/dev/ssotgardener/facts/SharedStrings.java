package dev.ssotgardener.facts;

/**
 * One copy, mostly, of each name and text the facts hold. The same few recur across thousands of
 * files ({@code os.environ}, {@code self.assertEqual}, {@code typing.Dict}): a cold audit of zen
 * held 4.2 million strings for its facts, and sharing them took its peak memory from 966 to ~600
 * MB.
 *
 * <p>A fixed table indexed by hash, where a string takes the slot of the one it collides with:
 * frequent strings keep their slot and are shared, rare ones may not be, which costs only memory.
 * {@link String#intern} shares every one, at the same memory here, but its table grows with every
 * distinct name a long-lived daemon ever saw and is walked at every collection; this one never
 * grows and holds at most {@value #SLOTS} strings alive. Races are harmless: a slot read while
 * another thread writes it holds one of two whole strings (a string's fields are final), and only
 * an equal one is returned.
 */
final class SharedStrings {
  private static final int SLOTS = 1 << 16;
  private static final String[] TABLE = new String[SLOTS];

  private SharedStrings() {}

  /** A shared copy of {@code text} (equal to it); null stays null. */
  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    int hash = text.hashCode();
    int slot = (hash ^ hash >>> 16) & SLOTS - 1;
    String shared = TABLE[slot];
    if (text.equals(shared)) {
      return shared;
    }
    TABLE[slot] = text;
    return text;
  }
}
