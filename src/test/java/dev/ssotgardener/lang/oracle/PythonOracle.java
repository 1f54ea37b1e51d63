package dev.ssotgardener.lang.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CPython's {@code ast} as an oracle: one {@code python3} process reads the whole batch and prints
 * each file's facts (see {@code oracle/python_facts.py}).
 */
final class PythonOracle {
  private final ObjectMapper json = new ObjectMapper();

  /** One file to ask about; the module name comes from our source-root detection. */
  record Request(String source, String module, boolean packageInit) {}

  List<OracleVerdict> verdicts(List<Request> requests) {
    try {
      Process process =
          new ProcessBuilder("python3", script().toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      // Write on another thread: the script answers while it reads, and both pipes are bounded.
      CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(process, requests));
      List<OracleVerdict> out = new ArrayList<>();
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          out.add(verdict(json.readTree(line)));
        }
      }
      writing.join();
      if (process.waitFor() != 0 || out.size() != requests.size()) {
        throw new IllegalStateException(
            "python3 oracle failed: exit " + process.exitValue() + ", " + out.size() + " answers");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void write(Process process, List<Request> requests) {
    try (BufferedWriter writer =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
      int id = 0;
      for (Request request : requests) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id++);
        node.put("module", request.module());
        node.put("init", request.packageInit());
        node.put("source", request.source());
        writer.write(json.writeValueAsString(node));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OracleVerdict verdict(JsonNode answer) {
    if (answer.has("error")) {
      return OracleVerdict.rejected(answer.get("error").asText());
    }
    List<Fact> facts = new ArrayList<>();
    for (JsonNode fact : answer.get("facts")) {
      facts.add(new Fact(fact.get(0).asInt(), fact.get(1).asText(), fact.get(2).asText()));
    }
    return new OracleVerdict(facts, null);
  }

  private static Path script() {
    try {
      return Path.of(PythonOracle.class.getResource("/oracle/python_facts.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
