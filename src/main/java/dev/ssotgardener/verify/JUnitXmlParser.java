package dev.ssotgardener.verify;

import dev.ssotgardener.verify.TestCaseResult.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads JUnit XML reports (Surefire, pytest --junitxml, Gradle): one result per testcase, and for
 * each failure or error its type, message and the first stack frame of the test's own class.
 */
final class JUnitXmlParser {
  private static final Pattern FRAME =
      Pattern.compile("at ([\\w.$]+)\\.[\\w$<>]+\\(([\\w$]+\\.\\w+):(\\d+)\\)");

  private JUnitXmlParser() {}

  /** The results and failures of one report. */
  record Report(List<TestCaseResult> cases, List<TestFailure> failures) {}

  static Report parse(Path report) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Reports are written by the project's tools; still, never resolve external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      NodeList testcases = builder.parse(report.toFile()).getElementsByTagName("testcase");
      List<TestCaseResult> cases = new ArrayList<>();
      List<TestFailure> failures = new ArrayList<>();
      for (int i = 0; i < testcases.getLength(); i++) {
        Element testcase = (Element) testcases.item(i);
        String className = testcase.getAttribute("classname");
        String name =
            className.isEmpty()
                ? testcase.getAttribute("name")
                : className + "." + testcase.getAttribute("name");
        cases.add(new TestCaseResult(name, outcomeOf(testcase)));
        failureOf(testcase, name, className).ifPresent(failures::add);
      }
      return new Report(cases, failures);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(report + ": not a JUnit XML report: " + e.getMessage(), e);
    }
  }

  private static Optional<TestFailure> failureOf(Element testcase, String name, String className) {
    NodeList failure = testcase.getElementsByTagName("failure");
    NodeList problem = failure.getLength() > 0 ? failure : testcase.getElementsByTagName("error");
    if (problem.getLength() == 0) {
      return Optional.empty();
    }
    Element element = (Element) problem.item(0);
    String type = element.getAttribute("type");
    String message = element.getAttribute("message").lines().findFirst().orElse("").strip();
    String file = "";
    int line = 0;
    // The test's own frame: its class (or a nested one) in the source file the package implies.
    Matcher frame = FRAME.matcher(element.getTextContent());
    while (frame.find()) {
      String owner = frame.group(1).replaceAll("\\$.*", "");
      if (owner.equals(className)) {
        String folder = owner.contains(".") ? owner.substring(0, owner.lastIndexOf('.') + 1) : "";
        file = folder.replace('.', '/') + frame.group(2);
        line = Integer.parseInt(frame.group(3));
        break;
      }
    }
    return Optional.of(
        new TestFailure(
            name, type.isEmpty() ? problem.item(0).getNodeName() : type, message, file, line));
  }

  private static Outcome outcomeOf(Element testcase) {
    if (testcase.getElementsByTagName("failure").getLength() > 0) {
      return Outcome.FAILED;
    }
    if (testcase.getElementsByTagName("error").getLength() > 0) {
      return Outcome.ERROR;
    }
    if (testcase.getElementsByTagName("skipped").getLength() > 0) {
      return Outcome.SKIPPED;
    }
    return Outcome.PASSED;
  }
}
