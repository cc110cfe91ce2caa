package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher, {@code ./cunzhi}, knows the commands by name (one class-data archive for each, the
 * full compiler for the long ones): the names it knows are the command line's.
 */
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("..", "..", "cunzhi");

  @Test
  void theLaunchersCommandNames_areTheSubcommandsOfCunzhiCommand() throws IOException {
    String script = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
    Matcher names =
        Pattern.compile("case \"\\$argument\" in\\s*\\n\\s*([a-z |]+)\\)").matcher(script);
    assertThat(names.find()).as("the launcher's list of command names").isTrue();
    Set<String> launcher = new TreeSet<>();
    for (String name : names.group(1).split("\\|")) {
      launcher.add(name.strip());
    }
    assertThat(launcher).isEqualTo(new TreeSet<>(CunzhiCommand.COMMANDS.keySet()));
  }
}
