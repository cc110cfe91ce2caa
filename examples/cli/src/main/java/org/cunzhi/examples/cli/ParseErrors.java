package org.cunzhi.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's parse errors as one line in the run's language: an unknown command with the nearest
 * command suggested, an unknown option, a missing or an invalid value.
 */
final class ParseErrors {
  private ParseErrors() {}

  /** A parse error that the command line itself raises, with a text of the {@code cli} bundle. */
  static final class Localized extends ParameterException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    Localized(CommandLine command, String key, Object... args) {
      super(command, Session.text(Lang.EN, key, args));
      this.key = key;
      this.args = args.clone();
    }

    String message(Lang lang) {
      return Session.text(lang, key, args);
    }
  }

  /** The reason {@code e} gives, in {@code lang}. */
  static String message(ParameterException e, Lang lang) {
    if (e instanceof Localized l) {
      return l.message(lang);
    }
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return unmatched(u, lang);
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      String missing =
          m.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", "));
      return Session.text(lang, "cli.missing", missing);
    }
    if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return Session.text(lang, "cli.overwritten", name(o.getOverwritten()));
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      Class<?> type = arg.type();
      if (type.isEnum()) {
        String choices =
            Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return Session.text(lang, "cli.invalid-choice", name(arg), value, choices);
      }
      return Session.text(lang, "cli.invalid-value", name(arg), value);
    }
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Unknown subcommand")) {
      // picocli's help command: "Unknown subcommand 'NAME'."
      return Session.text(lang, "cli.help-unknown", message.replaceAll("^[^']*'|'[^']*$", ""));
    }
    return Session.text(lang, "cli.usage", message);
  }

  private static String unmatched(UnmatchedArgumentException u, Lang lang) {
    String first = u.getUnmatched().get(0);
    CommandLine command = u.getCommandLine();
    if (first.startsWith("-")) {
      List<String> options = new ArrayList<>();
      for (OptionSpec o : command.getCommandSpec().options()) {
        if (!o.hidden()) {
          options.addAll(Arrays.asList(o.names()));
        }
      }
      return nearest(first, options)
          .map(n -> Session.text(lang, "cli.unknown-option.suggest", first, n))
          .orElseGet(() -> Session.text(lang, "cli.unknown-option", first));
    }
    boolean atCommand =
        !command.getSubcommands().isEmpty()
            && command.getParseResult() != null
            && !command.getParseResult().hasSubcommand();
    if (atCommand) {
      return nearest(first, List.copyOf(command.getSubcommands().keySet()))
          .map(n -> Session.text(lang, "cli.unknown-command.suggest", first, n))
          .orElseGet(() -> Session.text(lang, "cli.unknown-command", first));
    }
    return Session.text(lang, "cli.unmatched", String.join(" ", u.getUnmatched()));
  }

  /**
   * The candidate nearest {@code typed}: within two edits (insertions, deletions, substitutions,
   * swaps of neighbours), or one that starts with what was typed; none when nothing is that near.
   */
  static Optional<String> nearest(String typed, List<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(
            c ->
                distance(t, c.toLowerCase(Locale.ROOT)) <= Math.min(2, t.length() / 2)
                    || (t.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(t)))
        .min(
            Comparator.comparingInt((String c) -> distance(t, c.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()));
  }

  /** The optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }
}
