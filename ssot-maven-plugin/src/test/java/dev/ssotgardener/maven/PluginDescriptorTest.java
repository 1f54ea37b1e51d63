package dev.ssotgardener.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor Maven reads (generated from AuditMojo's annotations) is what the README says. */
class PluginDescriptorTest {
  @Test
  void auditBindsToVerifyAndEveryParameterIsTheDocumentedUserProperty() throws Exception {
    Document plugin =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    assertThat(text(plugin.getDocumentElement(), "goalPrefix")).isEqualTo("ssot");
    Element mojo = (Element) plugin.getElementsByTagName("mojo").item(0);
    assertThat(text(mojo, "goal")).isEqualTo("audit");
    assertThat(text(mojo, "phase")).isEqualTo("verify");

    String readme = Files.readString(Path.of("../README.md")).replaceAll("\\s+", " ");
    Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
    List<String> names = new ArrayList<>();
    NodeList parameters = configuration.getChildNodes();
    for (int i = 0; i < parameters.getLength(); i++) {
      if (parameters.item(i) instanceof Element parameter) {
        String name = parameter.getTagName();
        names.add(name);
        assertThat(parameter.getTextContent()).isEqualTo("${ssot." + name + "}");
        assertThat(readme).contains("`" + name + "` (`ssot." + name + "`");
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrder(
            "path", "policy", "baseline", "failOn", "format", "output", "skip");
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
