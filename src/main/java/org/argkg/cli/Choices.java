package org.argkg.cli;

import java.util.Arrays;
import java.util.Locale;
import org.argkg.diagram.DiagramLang;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.bipolar.EvidenceReading;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.evaluation.iccma.AfFormat;
import org.argkg.evaluation.iccma.IccmaTask;
import org.argkg.export.JsonLdWriter;
import org.argkg.query.ResultFormat;

/** The closed sets of words that options take, each from the type of the core it stands for. */
final class Choices {

    private Choices() {
    }

    static final class ResultFormats extends Choice<ResultFormat> {
        ResultFormats() {
            super(ResultFormat::parse, ResultFormat.words());
        }
    }

    static final class DiagramLangs extends Choice<DiagramLang> {
        DiagramLangs() {
            super(DiagramLang::parse, DiagramLang.words());
        }
    }

    static final class DiagramScopes extends Choice<org.argkg.diagram.DiagramScope> {
        DiagramScopes() {
            super(org.argkg.diagram.DiagramScope::parse, org.argkg.diagram.DiagramScope.words());
        }
    }

    static final class PlotKinds extends Choice<org.argkg.plot.PlotKind> {
        PlotKinds() {
            super(org.argkg.plot.PlotKind::parse, org.argkg.plot.PlotKind.words());
        }
    }

    static final class JsonLdContexts extends Choice<JsonLdWriter.ContextMode> {
        JsonLdContexts() {
            super(JsonLdWriter.ContextMode.values(), m -> m.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A semantics by its word or its ICCMA abbreviation ({@code preferred} or {@code PR}). */
    static final class SemanticsWords extends Choice<Semantics> {
        SemanticsWords() {
            super(Semantics::parse, Semantics.words());
        }

        @Override
        String expected() {
            return super.expected() + " or an ICCMA abbreviation "
                    + Arrays.stream(Semantics.values()).map(Semantics::code).toList();
        }
    }

    static final class SupportTreatments extends Choice<SupportTreatment> {
        SupportTreatments() {
            super(SupportTreatment::parse, SupportTreatment.words());
        }
    }

    static final class AfFormats extends Choice<AfFormat> {
        AfFormats() {
            super(AfFormat::parse, AfFormat.words());
        }
    }

    static final class IccmaTasks extends Choice<IccmaTask> {
        IccmaTasks() {
            super(IccmaTask::parse, IccmaTask.words());
        }
    }

    static final class EvidenceReadings extends Choice<EvidenceReading> {
        EvidenceReadings() {
            super(EvidenceReading::parse, EvidenceReading.words());
        }
    }
}
