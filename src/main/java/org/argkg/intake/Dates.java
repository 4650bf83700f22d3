package org.argkg.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding a calendar date in the ways articles and their metadata write one. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The first date written in the text, if any; plausible years only (1900–2100). */
    static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        for (Pattern p : new Pattern[] {ISO, CJK, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (m.start() < best) {
                        best = m.start();
                        found = d.get();
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            int year, month, day;
            if (p == MONTH_FIRST) {
                year = Integer.parseInt(m.group(3));
                month = month(m.group(1));
                day = Integer.parseInt(m.group(2));
            } else if (p == DAY_FIRST) {
                year = Integer.parseInt(m.group(3));
                month = month(m.group(2));
                day = Integer.parseInt(m.group(1));
            } else {
                year = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(2));
                day = Integer.parseInt(m.group(3));
            }
            if (year < 1900 || year > 2100) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m.getValue();
            }
        }
        throw new NumberFormatException(name);
    }
}
