package dev.ssotgardener.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value as written, with where it starts; what Jackson's trees forget. */
sealed interface YamlNode {
  Mark mark();

  /** What the user wrote, for "expected X, found Y" messages. */
  String describe();

  /** A 1-based line and column. */
  record Mark(int line, int column) {}

  /** One key of a mapping, with where the key itself starts. */
  record Entry(String key, Mark keyMark, YamlNode value) {}

  /** A mapping; entries keep file order. */
  record Mapping(Map<String, Entry> entries, Mark mark) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  record Sequence(List<YamlNode> items, Mark mark) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar: its text as written and what YAML resolved it to. */
  record Scalar(String text, Type type, Mark mark) implements YamlNode {
    enum Type {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean '" + text + "'";
        case NULL -> "nothing";
      };
    }
  }
}
