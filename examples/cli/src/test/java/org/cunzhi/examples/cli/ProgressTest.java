package org.cunzhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's progress: a bar on a terminal, plain lines elsewhere; a clock that tests set. */
class ProgressTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private long now;

  private Progress progress(Lang lang, boolean terminal, long intervalMillis, long total) {
    Session session =
        new Session(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            lang,
            terminal);
    return new Progress(session, terminal, intervalMillis, total, () -> now);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainLines_onlyOnceTheIntervalHasPassed() {
    Progress p = progress(Lang.EN, false, 5000, 0);
    now = 4_999_000_000L;
    p.update(10, 0, 100);
    assertThat(err()).isEmpty();
    now = 5_000_000_000L;
    p.update(20, 1, 200);
    assertThat(err()).isEqualTo("cunzhi: progress: 20 lines, 4.0 lines/s, 1 error records\n");
    now = 9_999_000_000L;
    p.update(30, 1, 300);
    assertThat(err().lines()).hasSize(1);
    p.finish(30, 1, 300);
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void plainLines_inChinese() {
    Progress p = progress(Lang.ZH, false, 1000, 0);
    now = 2_000_000_000L;
    p.update(50, 2, 0);
    assertThat(err()).isEqualTo("cunzhi：进度：已处理 50 行，每秒 25.0 行，错误记录 2 条\n");
  }

  @Test
  void bar_onATerminal_showsShareRateLinesAndErrors() {
    Progress p = progress(Lang.EN, true, 5000, 1000);
    now = 1_000_000_000L;
    p.update(3, 1, 500);
    assertThat(err())
        .isEqualTo("\r[###############...............] 50%  3 lines  3.0 lines/s  1 errors");
    now = 1_100_000_000L;
    p.update(4, 1, 600);
    assertThat(err()).doesNotContain("4 lines"); // redrawn at most every 200 ms
    now = 2_000_000_000L;
    p.finish(10, 2, 1000);
    assertThat(err())
        .endsWith("\r[##############################] 100%  10 lines  5.0 lines/s  2 errors\n");
  }

  @Test
  void bar_inChinese() {
    Progress p = progress(Lang.ZH, true, 5000, 0);
    now = 1_000_000_000L;
    p.update(2, 0, 10);
    assertThat(err()).isEqualTo("\r[..............................] 0%　2 行　每秒 2.0 行　错误 0 条");
  }

  @Test
  void batch_intervalZero_aProgressLineAfterEveryLine(@TempDir Path dir) throws IOException {
    String taizi = Files.readString(Path.of(CliRun.dossier("taizi-2025.json"))).replace("\n", "");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, taizi + "\n\n" + taizi + "\n");
    CliRun run =
        CliRun.of(
            "batch",
            "--standard",
            "tianjin.demonstration-village",
            "--in",
            in.toString(),
            "--out",
            dir.resolve("out.jsonl").toString(),
            "--progress-interval",
            "0");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.startsWith("cunzhi：进度：")).toList())
        .hasSize(3)
        .allMatch(l -> l.matches("cunzhi：进度：已处理 \\d 行，每秒 [0-9.]+ 行，错误记录 \\d 条"));
    assertThat(run.err()).contains("已处理 2 行", "错误记录 1 条");
    assertThat(run.errBesideWarnings()).doesNotContain("进度");
  }
}
