package org.argkg.cli;

import java.util.Iterator;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.iccma.IccmaTask;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code evaluate --task}: an ICCMA task, optionally followed by its semantics as ICCMA
 * solvers take it ({@code EE-PR}).
 *
 * @param semantics the semantics the task names, or null
 */
record TaskOption(IccmaTask task, Semantics semantics) {

    /** Converts {@code TASK[-SEMANTICS]} with the words of the two types; the candidates are the tasks. */
    static final class Converter implements ITypeConverter<TaskOption>, Iterable<String> {

        private final Choices.IccmaTasks tasks = new Choices.IccmaTasks();
        private final Choices.SemanticsWords semantics = new Choices.SemanticsWords();

        @Override
        public TaskOption convert(String value) {
            String[] parts = value.split("-", 2);
            IccmaTask task;
            try {
                task = tasks.convert(parts[0]);
            } catch (TypeConversionException e) {
                throw new TypeConversionException("expected " + tasks.expected()
                        + ", optionally with the semantics (EE-PR), but was '" + value + "'");
            }
            if (parts.length == 1) {
                return new TaskOption(task, null);
            }
            try {
                return new TaskOption(task, semantics.convert(parts[1]));
            } catch (TypeConversionException e) {
                throw new TypeConversionException("the semantics of '" + value + "': " + e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return tasks.iterator();
        }
    }
}
