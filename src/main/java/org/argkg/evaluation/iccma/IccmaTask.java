package org.argkg.evaluation.iccma;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reasoning tasks of ICCMA. */
public enum IccmaTask {
    /** Some extension: {@code [a1,a3]}, or {@code NO} when there is none. */
    SE,
    /** Every extension: {@code [[a1],[a2]]}. */
    EE,
    /** Credulous acceptance of an argument: {@code YES} or {@code NO}. */
    DC,
    /** Skeptical acceptance of an argument: {@code YES} or {@code NO}. */
    DS;

    /** Whether the task is about one argument ({@code --arg}). */
    public boolean needsArgument() {
        return this == DC || this == DS;
    }

    public static Optional<IccmaTask> parse(String s) {
        String v = s.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(v)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(IccmaTask::name).toList();
    }
}
