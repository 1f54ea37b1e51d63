package dev.ssotgardener.report;

import static dev.ssotgardener.report.Html.escape;

import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import java.util.List;
import java.util.Map;

/** Inline SVG charts, drawn here so the page needs no script library and no network. */
final class SvgCharts {
  private static final int WIDTH = 520;
  private static final int LABEL_WIDTH = 190;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW_HEIGHT = 26;
  private static final int TREND_HEIGHT = 200;
  private static final int PAD = 30;

  private SvgCharts() {}

  /** Horizontal bars, one per entry, in the map's order; the label is the entry's key. */
  static String bars(String title, Map<String, Integer> counts) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int height = Math.max(1, counts.size()) * ROW_HEIGHT + 4;
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"%s\">"
            .formatted(WIDTH, height, WIDTH, height, escape(title)));
    int y = 2;
    int room = WIDTH - LABEL_WIDTH - 50;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int width = Math.max(2, Math.round((float) e.getValue() * room / max));
      svg.append("<g class=\"bar\" data-label=\"%s\">".formatted(escape(e.getKey())))
          .append(
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  .formatted(LABEL_WIDTH - 8, y + BAR_HEIGHT - 4, escape(e.getKey())))
          .append(
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\"><title>%s: %d</title></rect>"
                  .formatted(LABEL_WIDTH, y, width, BAR_HEIGHT, escape(e.getKey()), e.getValue()))
          .append(
              "<text x=\"%d\" y=\"%d\">%d</text>"
                  .formatted(LABEL_WIDTH + width + 6, y + BAR_HEIGHT - 4, e.getValue()))
          .append("</g>");
      y += ROW_HEIGHT;
    }
    return svg.append("</svg>").toString();
  }

  /** Findings per commit, oldest left, with each point's commit in its tooltip. */
  static String trend(List<TrendPoint> points) {
    int max = Math.max(1, points.stream().mapToInt(TrendPoint::findings).max().orElse(1));
    int plotWidth = WIDTH - 2 * PAD;
    int plotHeight = TREND_HEIGHT - 2 * PAD;
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint p = points.get(i);
      int x = PAD + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
      int y = PAD + plotHeight - p.findings() * plotHeight / max;
      line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      String commit = p.commit().commit();
      dots.append(
          "<circle cx=\"%d\" cy=\"%d\" r=\"4\"><title>%s %s: %d findings</title></circle>"
              .formatted(
                  x,
                  y,
                  escape(commit.substring(0, Math.min(9, commit.length()))),
                  escape(p.commit().subject()),
                  p.findings()));
    }
    return ("<svg class=\"chart trend\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
            + " aria-label=\"Findings per commit\">"
            + "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
            + "<text x=\"4\" y=\"%d\">%d</text><text x=\"4\" y=\"%d\">0</text>"
            + "<polyline points=\"%s\"/>%s</svg>")
        .formatted(
            WIDTH,
            TREND_HEIGHT,
            WIDTH,
            TREND_HEIGHT,
            PAD,
            PAD + plotHeight,
            WIDTH - PAD,
            PAD + plotHeight,
            PAD + 4,
            max,
            PAD + plotHeight,
            line,
            dots);
  }
}
