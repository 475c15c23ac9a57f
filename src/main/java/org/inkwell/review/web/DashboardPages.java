package org.inkwell.review.web;

import java.util.ArrayList;
import java.util.List;

import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.inkwell.review.DayFigures;
import org.inkwell.review.Reviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The facility's review dashboard: the queue now, and over the last seven days the backlog and the
 * time to a decision, drawn as plain SVG bars (no script) with the same figures in a table.
 */
@WebPage
class DashboardPages {

    static final int CHART_HEIGHT = 120;
    static final int BAR_WIDTH = 28;
    static final int BAR_GAP = 16;

    private final Reviews reviews;

    DashboardPages(Reviews reviews) {
        this.reviews = reviews;
    }

    /** One bar, placed: {@code y} and {@code height} in the chart's own units. */
    record Bar(int x, int y, int height, java.time.LocalDate day, String value) {
    }

    @PreAuthorize("hasAnyRole('FACILITY_ADMIN', 'REVIEWER')")
    @GetMapping("/staff/dashboard")
    String dashboard(Model model) {
        Caller staff = Caller.required();
        List<DayFigures> days = reviews.lastSevenDays(staff);
        model.addAttribute("stats", reviews.stats(staff));
        model.addAttribute("days", days);
        model.addAttribute("waitingBars", bars(days.stream().map(d -> (double) d.waitingAtEndOfDay()).toList(), days, false));
        model.addAttribute("medianBars", bars(days.stream()
                .map(d -> d.medianSeconds() == null ? 0.0 : d.medianSeconds() / 3600.0).toList(), days, true));
        model.addAttribute("p90Bars", bars(days.stream()
                .map(d -> d.p90Seconds() == null ? 0.0 : d.p90Seconds() / 3600.0).toList(), days, true));
        model.addAttribute("chartWidth", days.size() * (BAR_WIDTH + BAR_GAP));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        return "staff/dashboard";
    }

    static List<Bar> bars(List<Double> values, List<DayFigures> days, boolean hours) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            int height = max == 0 ? 0 : (int) Math.round(value / max * (CHART_HEIGHT - 20));
            String shown = hours ? String.format("%.1f h", value) : Long.toString(Math.round(value));
            bars.add(new Bar(i * (BAR_WIDTH + BAR_GAP), CHART_HEIGHT - height, height,
                    days.get(i).day(), shown));
        }
        return bars;
    }
}
