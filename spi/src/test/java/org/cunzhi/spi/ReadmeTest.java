package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The plugin author's guide (spi/README.md) shows the sample plugin's code as it is: every snippet
 * must appear in the sample's sources (this module's tests, and the kit's tests for the contract
 * snippets), give or take whitespace.
 */
class ReadmeTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

  private record Block(String language, String text) {}

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Block> blocks() {
    Matcher m = BLOCK.matcher(read(MODULE.resolve("README.md")));
    List<Block> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  private static String normalised(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String allFiles(Path root, String suffix) {
    if (!Files.isDirectory(root)) {
      return "";
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(suffix))
          .sorted()
          .map(ReadmeTest::read)
          .reduce("", (a, b) -> a + "\n" + b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readme_hasSnippetsOfEveryKind() {
    assertThat(blocks()).extracting(Block::language).contains("java", "properties", "");
  }

  @Test
  void readme_javaSnippets_matchTheSampleSources() {
    String sources =
        normalised(
            allFiles(MODULE.resolve("src/test/java"), ".java")
                + allFiles(MODULE.resolve("tck/src/test/java"), ".java"));
    List<Block> java = blocks().stream().filter(b -> b.language().equals("java")).toList();

    assertThat(java).hasSizeGreaterThanOrEqualTo(6);
    assertThat(java).allSatisfy(b -> assertThat(sources).contains(normalised(b.text())));
  }

  @Test
  void readme_propertiesSnippets_matchTheSampleBundles() {
    Path bundles = MODULE.resolve("src/test/resources/META-INF/cunzhi/example-county");
    List<String> lines =
        Stream.of("zh", "en")
            .flatMap(l -> read(bundles.resolve("messages_" + l + ".properties")).lines())
            .toList();

    assertThat(blocks())
        .filteredOn(b -> b.language().equals("properties"))
        .hasSize(2)
        .allSatisfy(b -> assertThat(lines).containsAll(b.text().lines().toList()));
  }

  @Test
  void readme_registrationSnippets_nameTheRegisteredSampleProvider() throws Exception {
    List<String> registered =
        read(MODULE.resolve(
                "src/test/resources/META-INF/services/" + StandardProvider.class.getName()))
            .lines()
            .toList();
    List<Block> plain = blocks().stream().filter(b -> b.language().isEmpty()).toList();
    Block moduleInfo =
        plain.stream().filter(b -> b.text().startsWith("module ")).findFirst().orElseThrow();
    Block services =
        plain.stream().filter(b -> !b.text().startsWith("module ")).findFirst().orElseThrow();
    String provider = services.text().strip();

    assertThat(registered).contains(provider);
    assertThat(StandardProvider.class.isAssignableFrom(Class.forName(provider))).isTrue();
    assertThat(normalised(moduleInfo.text()))
        .contains("requires org.cunzhi.spi;")
        .contains("provides " + StandardProvider.class.getName() + " with " + provider + ";");
  }

  /** An XML text, wrapped in {@code <project>} so that a snippet of several elements parses. */
  private static Document xml(String text) throws Exception {
    String wrapped = text.strip().startsWith("<?xml") ? text : "<project>" + text + "</project>";
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(wrapped)));
  }

  private static Document pom(String path) throws Exception {
    return xml(read(MODULE.resolve(path)));
  }

  /** The text of the first child element {@code name} of {@code parent}. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  /** {@code groupId:artifactId} of each {@code dependency} under an element named {@code under}. */
  private static List<String> dependencies(Document d, String under) {
    List<String> found = new ArrayList<>();
    NodeList all = d.getElementsByTagName("dependency");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getParentNode().getParentNode() instanceof Element g && g.getTagName().equals(under)) {
        found.add(child(e, "groupId") + ":" + child(e, "artifactId"));
      }
    }
    return found;
  }

  private static String property(Document d, String name) {
    return d.getElementsByTagName(name).item(0).getTextContent().strip();
  }

  @Test
  void readme_testDependencies_areTheBomsAndTheKitBringsTheEngines() throws Exception {
    List<Block> xml = blocks().stream().filter(b -> b.language().equals("xml")).toList();
    assertThat(xml).hasSize(2);
    Document dependencies = xml(xml.get(0).text());
    Document surefire = xml(xml.get(1).text());
    Document bom = pom("../bom/pom.xml");
    Document parent = pom("../pom.xml");
    Document kit = pom("tck/pom.xml");

    assertThat(dependencies(dependencies, "dependencyManagement"))
        .containsExactly("org.cunzhi:cunzhi-bom");
    assertThat(child((Element) dependencies.getElementsByTagName("dependency").item(0), "version"))
        .isEqualTo(child(bom.getDocumentElement(), "version"));
    assertThat(dependencies(bom, "dependencyManagement"))
        .containsAll(dependencies(dependencies, "project"))
        .contains("org.junit:junit-bom", "net.jqwik:jqwik");
    assertThat(dependencies(dependencies, "project"))
        .containsExactly("org.cunzhi:cunzhi-spi", "org.cunzhi:cunzhi-spi-tck");
    assertThat(dependencies(kit, "project"))
        .contains("org.junit.jupiter:junit-jupiter", "net.jqwik:jqwik");
    assertThat(property(bom, "junit.version")).isEqualTo(property(parent, "junit.version"));
    assertThat(property(bom, "jqwik.version"))
        .isEqualTo(property(parent, "jqwik.version"))
        .isEqualTo("1.9.3");
    assertThat(read(MODULE.resolve("README.md")))
        .contains("JUnit Jupiter " + property(parent, "junit.version"))
        .contains("jqwik " + property(parent, "jqwik.version"));
    assertThat(pluginVersions(surefire, "maven-surefire-plugin"))
        .singleElement()
        .isIn(pluginVersions(parent, "maven-surefire-plugin"));
  }

  /** The versions given for the plugin {@code artifactId}. */
  private static List<String> pluginVersions(Document d, String artifactId) {
    List<String> found = new ArrayList<>();
    NodeList all = d.getElementsByTagName("plugin");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (child(e, "artifactId").equals(artifactId) && !child(e, "version").isEmpty()) {
        found.add(child(e, "version"));
      }
    }
    return found;
  }
}
