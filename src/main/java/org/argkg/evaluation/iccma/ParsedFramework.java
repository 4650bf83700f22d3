package org.argkg.evaluation.iccma;

import java.util.List;
import org.argkg.diagnostics.Diagnostic;
import org.argkg.evaluation.af.ArgumentationFramework;

/** A framework read from a file, with the warnings the file gave (duplicates: harmless, but worth saying). */
public record ParsedFramework(ArgumentationFramework framework, List<Diagnostic> warnings) {
}
