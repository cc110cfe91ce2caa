package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class BoundedLinesProperties {

  private static List<String> readLines(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Property
  void next_withRoomEnough_givesTheLinesOfReadLine(
      @ForAll
          @Chars({'\n', '\r', ' ', '\t'})
          @CharRange(from = 'a', to = 'c')
          @StringLength(max = 20_000)
          String text)
      throws IOException {
    assertThat(BoundedLinesTest.lines(text, Integer.MAX_VALUE - 8)).isEqualTo(readLines(text));
  }

  @Property
  void next_withALimit_keepsExactlyTheLinesWithinIt(
      @ForAll @Chars({'\n', '\r', 'x'}) @StringLength(max = 300) String text,
      @ForAll @IntRange(min = 0, max = 12) int limit)
      throws IOException {
    List<String> expected =
        readLines(text).stream().map(l -> l.length() <= limit ? l : "TOO LONG").toList();
    assertThat(BoundedLinesTest.lines(text, limit)).isEqualTo(expected);
  }
}
