package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/diagnostics/ is a case: files laid over a valid fixture site, and
 * expect.txt listing the diagnostics a user must see ("error code file:line:column"). Every expected line must
 * be reported, and no other error; with errors nothing is written, with warnings only the portal is built.
 */
class DiagnosticExamplesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(DiagnosticExamplesTest.class.getResource("/diagnostics").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhatIsWrongWithFileAndLine(String name, @TempDir Path tmp) throws Exception {
        Path caseDir = Path.of(DiagnosticExamplesTest.class.getResource("/diagnostics/" + name).toURI());
        FixtureSite site = FixtureSite.in(tmp);
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = caseDir.relativize(f).toString().replace('\\', '/');
                if (!rel.equals("expect.txt")) {
                    site.write("content/" + rel, Files.readString(f));
                }
            }
        }
        List<String> expected = Files.readAllLines(caseDir.resolve("expect.txt")).stream()
                .filter(l -> !l.isBlank()).toList();

        BuildResult result = site.build();

        List<String> reported = result.diagnostics().stream()
                .map(d -> d.severity().label() + " " + d.code() + " " + d.file() + ":" + d.line() + ":" + d.column())
                .toList();
        assertThat(reported).as("diagnostics of %s: %s", name, result.diagnostics().stream().map(Diagnostic::format).toList())
                .containsAll(expected);
        assertThat(reported.stream().filter(r -> r.startsWith("error"))).as("unexpected errors")
                .containsExactlyInAnyOrderElementsOf(expected.stream().filter(e -> e.startsWith("error")).toList());
        assertThat(result.diagnostics()).allSatisfy(d -> {
            assertThat(d.message()).isNotBlank();
            assertThat(d.hint()).as("every diagnostic says how to fix it: %s", d.format()).isNotBlank();
        });
        boolean errorsExpected = expected.stream().anyMatch(e -> e.startsWith("error"));
        assertThat(result.written()).as("written only without errors").isEqualTo(!errorsExpected);
        if (errorsExpected) {
            assertThat(site.output()).doesNotExist();
        }
    }
}
