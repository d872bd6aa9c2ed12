package org.segsense.image.resample;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds (once per JVM, a no-op when up to date) and runs the ITK 5.2 reference program
 * {@code tests/itk-reference/resample/resample_ref}. When ITK or the compiler is missing the calling
 * test FAILS with a message saying how to install them; it is never skipped.
 */
final class ItkResample {

    private static Path executable;
    private static String buildError;

    private ItkResample() {
    }

    /** @return the repository root: the first folder up from the working directory holding {@code mvnw} */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            fail("Cannot find the SegSense repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static synchronized Path executable() {
        if (executable != null) {
            return executable;
        }
        if (buildError == null) {
            Path root = repositoryRoot();
            Path script = root.resolve("tests/itk-reference/build-resample.sh");
            try {
                Process pr = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
                String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!pr.waitFor(15, TimeUnit.MINUTES) || pr.exitValue() != 0) {
                    buildError = out;
                } else {
                    String[] lines = out.trim().split("\n");
                    executable = Path.of(lines[lines.length - 1].trim()).resolve("resample_ref");
                    return executable;
                }
            } catch (IOException | InterruptedException e) {
                buildError = e.toString();
            }
        }
        fail("The ITK 5.2 reference program could not be built, so this ITK conformance test cannot run. Install ITK 5.2 and a"
                + " compiler (Debian: apt-get install -y libinsighttoolkit5-dev cmake g++) or set ITK_DIR, then rerun."
                + " Build output:\n" + buildError);
        return null;
    }

    /**
     * Runs resample_ref and returns its reported {@code time_ms}.
     */
    static double run(Path in, Path out, String... options) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable().toString());
        cmd.add(in.toString());
        cmd.add(out.toString());
        cmd.addAll(List.of(options));
        try {
            Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!pr.waitFor(10, TimeUnit.MINUTES) || pr.exitValue() != 0) {
                fail("resample_ref failed: " + String.join(" ", cmd) + "\n" + text);
            }
            for (String line : text.split("\n")) {
                if (line.startsWith("time_ms ")) {
                    return Double.parseDouble(line.substring(8).trim());
                }
            }
            return Double.NaN;
        } catch (IOException | InterruptedException e) {
            fail("Could not run " + cmd + ": " + e);
            return Double.NaN;
        }
    }
}
