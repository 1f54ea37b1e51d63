package dev.ssotgardener.lang.oracle;

import java.util.List;

/**
 * What an oracle says about one file: its facts, or why it rejects the file.
 *
 * @param error the oracle's syntax error, or null when it parsed the file
 */
record OracleVerdict(List<Fact> facts, String error) {
  OracleVerdict {
    facts = List.copyOf(facts);
  }

  static OracleVerdict rejected(String error) {
    return new OracleVerdict(List.of(), error);
  }

  boolean parsed() {
    return error == null;
  }
}
