package dev.ssotgardener.verify;

import dev.ssotgardener.verify.TestCaseResult.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads JUnit XML reports (Surefire, pytest --junitxml, Gradle): one result per testcase. */
final class JUnitXmlParser {
  private JUnitXmlParser() {}

  static List<TestCaseResult> parse(Path report) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Reports are written by the project's tools; still, never resolve external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      NodeList testcases = builder.parse(report.toFile()).getElementsByTagName("testcase");
      List<TestCaseResult> cases = new ArrayList<>();
      for (int i = 0; i < testcases.getLength(); i++) {
        Element testcase = (Element) testcases.item(i);
        String className = testcase.getAttribute("classname");
        String name =
            className.isEmpty()
                ? testcase.getAttribute("name")
                : className + "." + testcase.getAttribute("name");
        cases.add(new TestCaseResult(name, outcomeOf(testcase)));
      }
      return cases;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(report + ": not a JUnit XML report: " + e.getMessage(), e);
    }
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
