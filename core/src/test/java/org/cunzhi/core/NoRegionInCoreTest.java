package org.cunzhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core knows no region: regional facts (a municipality's plan, a village's own rules, a regional
 * standard's ids or document numbers) belong to the plugin of their standard family. This searches
 * core's main sources and bundles for the names of the regions whose standards Cunzhi ships or
 * whose documents it cites; the architecture tests say core depends on no plugin.
 */
class NoRegionInCoreTest {
  /** Words that name a region or a regional document; lower case. */
  private static final List<String> REGIONAL =
      List.of("tianjin", "天津", "津人口", "津卫", "能岸", "马场", "xiqing", "西青", "nengan");

  /** Each {@code file:line: text} in {@code root} that names a region. */
  static List<String> regionalLines(Path root) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).toLowerCase(Locale.ROOT);
          for (String word : REGIONAL) {
            if (line.contains(word)) {
              found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
              break;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  @Test
  void coreSourcesAndBundles_nameNoRegion() {
    assertThat(regionalLines(Path.of("src", "main"))).isEmpty();
  }

  @Test
  void regionalLines_findsARegionalLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("A.java"), "// fine\n// the Tianjin plan\n");
    Files.writeString(dir.resolve("b.properties"), "x=天津市\n");

    assertThat(regionalLines(dir))
        .containsExactly("A.java:2: // the Tianjin plan", "b.properties:1: x=天津市");
  }
}
