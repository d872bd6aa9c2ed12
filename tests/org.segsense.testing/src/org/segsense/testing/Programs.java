// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external programs (build scripts, the ITK reference programs). */
public final class Programs {

    private Programs() {
    }

    /**
     * Runs a program to its end and collects its output; a non-zero exit code is returned, not reported.
     * Output goes to temporary files, so a chatty program cannot block.
     *
     * @param command the command line
     * @param environment extra environment variables
     * @param timeout how long it may run
     * @return exit code, standard output and standard error
     * @throws AssertionError when the program cannot be started or runs past {@code timeout}
     */
    public static ProgramOutput run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("segsense-run", ".out");
            err = Files.createTempFile("segsense-run", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new ProgramOutput(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }
}
