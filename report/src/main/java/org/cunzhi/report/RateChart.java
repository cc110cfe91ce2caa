package org.cunzhi.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cunzhi.core.rate.Interval;
import org.cunzhi.core.rate.Rate;
import org.cunzhi.core.rate.Threshold;
import org.cunzhi.core.rule.Measure;

/**
 * A small inline SVG chart of one rate over the years: a row per year with the rate as a dot, its
 * Wilson 95% interval as a bar, and the requirement as a dashed line. A dot that does not meet the
 * requirement is hollow, so the chart reads in black and white too. The axis spans only the range
 * the figures need (in steps of 10%), so that 89% and 91% do not look alike.
 *
 * <p>Floating point only places marks; whether a rate meets its threshold comes from {@link
 * Measure#met()}, which compares exact counts (D-RATE-6).
 */
final class RateChart {
  static final int WIDTH = 640;
  private static final int LEFT = 64;
  private static final int RIGHT = 500;
  private static final int TOP = 26;
  private static final int ROW = 26;
  private static final int BOTTOM = 24;

  private static final String INK = "#1f3a5f";
  private static final String MET = "#2e7d32";
  private static final String NOT_MET = "#c62828";
  private static final String GRID = "#d5dbe3";

  private RateChart() {}

  /** The chart of {@code group} as an SVG element. */
  static String svg(ReportText.RateGroup group, ReportText t, String id) {
    List<Measure> measures = group.measures();
    double[] range = range(measures);
    double lo = range[0];
    double hi = range[1];
    int height = TOP + ROW * measures.size() + BOTTOM;
    StringBuilder s = new StringBuilder();
    String title = Escape.html(t.label("chart.description", t.text(group.label())));
    s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("\"><title id=\"")
        .append(id)
        .append("\">")
        .append(title)
        .append("</title>");
    // the grid and its labels
    double step = hi - lo > 50 ? 20 : hi - lo > 20 ? 10 : 5;
    int axis = TOP + ROW * measures.size();
    for (double v = lo; v <= hi + 1e-9; v += step) {
      double x = x(v, lo, hi);
      s.append(line(x, TOP - 4, x, axis, GRID, 1, null));
      s.append(text(x, axis + 16, "middle", "tick", num(v) + "%"));
    }
    // the requirements
    Set<Threshold> thresholds = new LinkedHashSet<>();
    for (Measure m : measures) {
      if (m.threshold() != null) {
        thresholds.add(m.threshold());
      }
    }
    for (Threshold th : thresholds) {
      double x = x(th.percent().doubleValue(), lo, hi);
      s.append(line(x, TOP - 8, x, axis, NOT_MET, 1.5, "5 3"));
      s.append(text(x, TOP - 11, "middle", "req", t.threshold(th)));
    }
    // a row per year
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      double y = TOP + ROW * i + ROW / 2.0;
      s.append(text(LEFT - 10, y + 4, "end", "year", m.year() == null ? "" : m.year().toString()));
      Rate rate = m.rate();
      if (!rate.isDefined()) {
        s.append(text(LEFT + 6, y + 4, "start", "value", t.label("chart.undefined")));
        continue;
      }
      Optional<Interval> w = m.wilson95Rounded(4);
      if (w.isPresent()) {
        double x1 = x(pct(w.get().lowerPercent(4, RoundingMode.HALF_UP)), lo, hi);
        double x2 = x(pct(w.get().upperPercent(4, RoundingMode.HALF_UP)), lo, hi);
        s.append(line(x1, y, x2, y, INK, 2, null));
        s.append(line(x1, y - 5, x1, y + 5, INK, 2, null));
        s.append(line(x2, y - 5, x2, y + 5, INK, 2, null));
      }
      double x = x(pct(rate.percent(4, RoundingMode.HALF_UP)), lo, hi);
      Optional<Boolean> met = m.met();
      String fill = met.isEmpty() ? INK : met.get() ? MET : "#ffffff";
      String stroke = met.isEmpty() ? INK : met.get() ? MET : NOT_MET;
      s.append("<circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"5\" fill=\"")
          .append(fill)
          .append("\" stroke=\"")
          .append(stroke)
          .append("\" stroke-width=\"2\"/>");
      String value = ReportText.percent(rate) + "%";
      if (met.isPresent() && !met.get()) {
        value += " " + t.label("chart.not-met");
      }
      s.append(text(RIGHT + 14, y + 4, "start", met.orElse(true) ? "value" : "value miss", value));
    }
    s.append(line(LEFT, axis, RIGHT, axis, INK, 1, null));
    s.append("</svg>");
    return s.toString();
  }

  /** The axis's ends in percent: multiples of 10 around every mark, at least 10 apart. */
  static double[] range(List<Measure> measures) {
    List<Double> values = new ArrayList<>();
    for (Measure m : measures) {
      if (m.threshold() != null) {
        values.add(m.threshold().percent().doubleValue());
      }
      if (m.rate().isDefined()) {
        values.add(pct(m.rate().percent(4, RoundingMode.HALF_UP)));
      }
      m.wilson95Rounded(4)
          .ifPresent(
              w -> {
                values.add(pct(w.lowerPercent(4, RoundingMode.HALF_UP)));
                values.add(pct(w.upperPercent(4, RoundingMode.HALF_UP)));
              });
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(100);
    double lo = Math.max(0, Math.floor(min / 10) * 10);
    double hi = Math.min(100, Math.ceil(max / 10) * 10);
    if (hi - lo < 10) {
      if (hi >= 100) {
        lo = hi - 10;
      } else {
        hi = lo + 10;
      }
    }
    return new double[] {lo, Math.max(hi, lo + 10)};
  }

  private static double pct(java.math.BigDecimal d) {
    return d.doubleValue();
  }

  private static double x(double percent, double lo, double hi) {
    double clamped = Math.max(lo, Math.min(hi, percent));
    return LEFT + (clamped - lo) / (hi - lo) * (RIGHT - LEFT);
  }

  private static String line(
      double x1,
      double y1,
      double x2,
      double y2,
      String colour,
      double width,
      @org.jspecify.annotations.Nullable String dash) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\""
        + fmt(width)
        + "\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String text(double x, double y, String anchor, String cls, String content) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" class=\""
        + cls
        + "\">"
        + Escape.html(content)
        + "</text>";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : fmt(v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
