package dev.ssotgardener.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.workspace.IoProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file, {@code .ssot/baseline.json} by default: JSON with one finding a line, sorted,
 * so that adding or fixing a finding changes exactly one line of a diff.
 */
public final class BaselineFile {
  public static final String DEFAULT = ".ssot/baseline.json";
  private static final int VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper();

  /** The file's text for {@code baseline}. */
  public String format(Baseline baseline) {
    StringBuilder text = new StringBuilder();
    text.append("{\n  \"version\": ").append(VERSION).append(",\n  \"findings\": [");
    List<BaselineEntry> entries = baseline.entries();
    for (int i = 0; i < entries.size(); i++) {
      text.append(i == 0 ? "\n    " : ",\n    ").append(line(entries.get(i)));
    }
    text.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return text.toString();
  }

  public Baseline read(Path file) throws BaselineException {
    return read(file, Path.of(""));
  }

  /**
   * Reads {@code file} at {@code base} when it is relative (the daemon reading for a client in
   * another folder); errors name it as given.
   */
  public Baseline read(Path file, Path base) throws BaselineException {
    String text;
    try {
      text = Files.readString(base.resolve(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BaselineException(file + ": baseline file not found", e);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot read the baseline: " + IoProblem.describe(e), e);
    }
    return parse(text, file.toString());
  }

  /** Parses a baseline's text; {@code name} names it in errors. */
  public Baseline parse(String text, String name) throws BaselineException {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new BaselineException(
          name + where + ": not a baseline file (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null
        || root.path("version").asInt() != VERSION
        || !root.path("findings").isArray()) {
      throw new BaselineException(
          name + ": not a baseline file (expected {\"version\": 1, \"findings\": [...]})", null);
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (JsonNode entry : root.get("findings")) {
      if (!entry.path("fingerprint").isTextual()) {
        throw new BaselineException(
            name + ": finding " + (entries.size() + 1) + " has no \"fingerprint\"", null);
      }
      entries.add(
          new BaselineEntry(
              entry.get("fingerprint").asText(),
              entry.path("truth").asText(""),
              entry.path("path").asText(""),
              entry.path("snippet").asText("")));
    }
    return new Baseline(entries);
  }

  private String line(BaselineEntry entry) {
    try {
      return mapper.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("four strings always serialize", e);
    }
  }
}
