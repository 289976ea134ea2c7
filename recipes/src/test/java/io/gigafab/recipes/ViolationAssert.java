package io.gigafab.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** Asserts that a violation names the file, the field path and what is wrong. */
public final class ViolationAssert {

    private ViolationAssert() {}

    public static void assertHasViolation(
            List<Violation> violations, Path file, String path, String... messageParts) {
        assertThat(violations)
                .as("violations of %s", file)
                .anySatisfy(
                        v -> {
                            assertThat(v.file()).isEqualTo(file.toString());
                            assertThat(v.path()).isEqualTo(path);
                            assertThat(v.message()).contains(messageParts);
                        });
    }
}
