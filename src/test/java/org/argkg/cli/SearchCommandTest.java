package org.argkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.argkg.corpus.Corpus;
import org.argkg.pipeline.StoreBuilder;
import org.argkg.support.Cli;
import org.argkg.support.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argkg search}: claims by meaning and words, a Chinese text finding English documents' claims and the reverse. */
class SearchCommandTest {

    @TempDir
    static Path tmp;
    static String db;

    @BeforeAll
    static void build() {
        db = tmp.resolve("db").toString();
        StoreBuilder.withEmbeddings(true).build(new Corpus(Path.of("seeds")), Path.of(db));
    }

    @Test
    void aChineseQueryFindsClaimsOfEnglishDocuments() {
        // the NTIA report is an English document: its claims are found through their Chinese statements
        Run r = Cli.run("search", "--db", db, "开放权重模型的风险与收益证据不足，政府暂不应限制", "--top", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("us-ntia-open-weights-2024#thesis");
    }

    @Test
    void anEnglishQueryFindsClaimsOfChineseDocuments() {
        Run r = Cli.run("search", "--db", db, "latecomers fear being pushed aside in the AI era", "--top", "3",
                "--documents", "li-zheng-2024-ai-exception", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"claim\": \"li-zheng-2024-ai-exception#consequence-marginalisation\"");
        assertThat(r.out().indexOf("consequence-marginalisation")).isLessThan(r.out().indexOf("\"score\""));
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(Cli.run("search", "--db", db, "x", "--lang", "fr").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("search", "--db", db, "x", "--documents", "no-such-doc").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
