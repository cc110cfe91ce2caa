package org.cunzhi.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.cunzhi.plugins.tianjin.campaign.CampaignCalendar;
import org.cunzhi.plugins.tianjin.campaign.Milestone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code calendar --year Y [--first-year]}: the Tianjin campaign's dates (TJ-C1). */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "The campaign's dates and deadlines for a year (TJ-C1).")
final class CalendarCommand implements Callable<Integer> {
  private final Session session;

  @Option(names = "--year", required = true, paramLabel = "Y", description = "the campaign year")
  int year;

  @Option(
      names = "--first-year",
      description = "the campaign's first year: filing closes on 15 March instead of 31 January")
  boolean firstYear;

  /** The run's language: {@code --lang}, inherited from the top command, or the locale's. */
  final Lang lang;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.TEXT;

  CalendarCommand(Session session) {
    this.session = session;
    this.lang = session.lang();
  }

  @Override
  public Integer call() throws JsonProcessingException {
    if (year < 1 || year > 9999) {
      throw UsageException.of("calendar-year", year);
    }
    if (format != Format.TEXT && format != Format.JSON) {
      throw UsageException.of(
          "format-unavailable", format.name().toLowerCase(java.util.Locale.ROOT), "calendar");
    }
    CampaignCalendar calendar = CampaignCalendar.of(year, firstYear);
    if (format == Format.JSON) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("format", "cunzhi.calendar/v1");
      root.put("year", calendar.year());
      root.put("firstYear", calendar.isFirstYear());
      ArrayNode milestones = root.putArray("milestones");
      for (Milestone m : calendar.milestones()) {
        ObjectNode node = milestones.addObject();
        node.put("kind", m.kind().name());
        node.put("timing", m.timing().name());
        node.put("from", m.from().toString());
        node.put("to", m.to().toString());
        node.put("name", m.name().in(lang.language()));
        node.put("description", m.description().in(lang.language()));
      }
      session.out().print(JsonStyle.pretty(root));
      return Main.OK;
    }
    for (Milestone m : calendar.milestones()) {
      String dates =
          m.from().equals(m.to())
              ? m.to().toString()
              : session.text("calendar.range", m.from(), m.to());
      session
          .out()
          .println(
              session.text(
                  "calendar.line",
                  dates,
                  m.name().in(lang.language()),
                  m.description().in(lang.language())));
    }
    return Main.OK;
  }
}
