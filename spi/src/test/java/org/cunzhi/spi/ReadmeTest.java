package org.cunzhi.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
}
