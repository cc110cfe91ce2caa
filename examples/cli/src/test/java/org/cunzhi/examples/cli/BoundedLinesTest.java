package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  /** Each line as text, or "TOO LONG". */
  static List<String> lines(byte[] input, int maxBytes) throws IOException {
    BoundedLines lines = new BoundedLines(new ByteArrayInputStream(input), maxBytes);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      assertThat(lines.number()).isEqualTo(out.size() + 1);
      out.add(lines.isTooLong() ? "TOO LONG" : new String(lines.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  static List<String> lines(String input, int maxBytes) throws IOException {
    return lines(input.getBytes(StandardCharsets.UTF_8), maxBytes);
  }

  @Test
  void next_eachLineEnding_splitsAsReadLineDoes() throws IOException {
    assertThat(lines("a\nb\r\nc\rd", 100)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void next_emptyInput_hasNoLine() throws IOException {
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void next_finalLineEnding_addsNoEmptyLine() throws IOException {
    assertThat(lines("a\n", 100)).containsExactly("a");
    assertThat(lines("a\r\n", 100)).containsExactly("a");
  }

  @Test
  void next_emptyLines_areLines() throws IOException {
    assertThat(lines("\n", 100)).containsExactly("");
    assertThat(lines("a\n\n\r\n\rb", 100)).containsExactly("a", "", "", "", "b");
  }

  @Test
  void next_crLfAcrossTheReadBuffer_isOneEnding() throws IOException {
    String first = "x".repeat(8191);
    assertThat(lines(first + "\r\nb", 10_000)).containsExactly(first, "b");
  }

  @Test
  void next_lineOfExactlyTheLimit_isKept() throws IOException {
    assertThat(lines("abcd\nef", 4)).containsExactly("abcd", "ef");
  }

  @Test
  void next_lineOneOverTheLimit_isTooLongAndTheNextLineIsRead() throws IOException {
    assertThat(lines("abcde\nef\nabcde", 4)).containsExactly("TOO LONG", "ef", "TOO LONG");
  }

  @Test
  void next_multiByteCharacters_countAsTheirBytes() throws IOException {
    // 台 is three bytes of UTF-8
    assertThat(lines("台\n台子", 3)).containsExactly("台", "TOO LONG");
  }

  @Test
  void next_badUtf8_staysInItsLine() throws IOException {
    byte[] input = {'a', (byte) 0xFF, '\n', 'b'};
    BoundedLines lines = new BoundedLines(new ByteArrayInputStream(input), 100);
    assertThat(lines.next()).isTrue();
    assertThat(lines.bytes()).containsExactly('a', (byte) 0xFF);
    assertThat(lines.next()).isTrue();
    assertThat(lines.bytes()).containsExactly('b');
    assertThat(lines.next()).isFalse();
  }

  @Test
  void isBlank_spacesAndTabsOnly() throws IOException {
    BoundedLines lines =
        new BoundedLines(
            new ByteArrayInputStream(" \t\n\n x\n   ".getBytes(StandardCharsets.UTF_8)), 2);
    List<Boolean> blank = new ArrayList<>();
    while (lines.next()) {
      blank.add(lines.isBlank());
    }
    // the last line, three spaces, is over the limit of 2: too long, not blank
    assertThat(blank).containsExactly(true, true, false, false);
  }

  @Test
  void number_beforeAnyLine_isRefused() {
    BoundedLines lines = new BoundedLines(new ByteArrayInputStream(new byte[0]), 1);
    assertThatThrownBy(lines::number).isInstanceOf(IllegalStateException.class);
  }
}
