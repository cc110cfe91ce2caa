package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFoldersTest {
  @TempDir Path dir;

  private Path file(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "");
  }

  @Test
  void jars_eachFolderByFileName_foldersInTheOrderNamed() throws IOException {
    Path second1 = file("second/a.jar");
    Path first2 = file("first/z.jar");
    Path first1 = file("first/b.jar");
    file("first/notes.txt");
    Files.createDirectories(dir.resolve("first/folder.jar"));
    String list =
        dir.resolve("second") + File.pathSeparator + dir.resolve("first") + File.pathSeparator;

    List<Path> jars = PluginFolders.of(list, Map.of()).jars();

    assertThat(jars).containsExactly(second1, first1, first2);
  }

  @Test
  void of_sameFolderTwice_loadedOnce() throws IOException {
    Path jar = file("plugins/a.jar");
    String folder = dir.resolve("plugins").toString();

    assertThat(PluginFolders.of(folder + File.pathSeparator + folder, Map.of()).jars())
        .containsExactly(jar);
  }

  @Test
  void of_optionGiven_environmentIgnored() {
    PluginFolders folders =
        PluginFolders.of("/from/option", Map.of(PluginFolders.VARIABLE, "/from/variable"));

    assertThat(folders.folders()).containsExactly(Path.of("/from/option"));
    assertThat(folders.origin()).isEqualTo("--plugins");
  }

  @Test
  void of_noOptionNorVariable_noFolders() {
    assertThat(PluginFolders.of(null, Map.of()).folders()).isEmpty();
    assertThat(PluginFolders.of(null, Map.of()).jars()).isEmpty();
  }

  @Test
  void jars_missingFolder_usageErrorNamingItAndWhereItWasNamed() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(
            () -> PluginFolders.of(null, Map.of(PluginFolders.VARIABLE, missing.toString())).jars())
        .isInstanceOf(UsageException.class)
        .hasMessage("plugin folder " + missing + " (from CUNZHI_PLUGINS) does not exist");
  }
}
