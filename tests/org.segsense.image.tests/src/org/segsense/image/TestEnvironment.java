package org.segsense.image;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Locates the repository, the fetched test data and the ITK reference programs for the tests.
 * <p>
 * The repository root is the nearest folder above the working directory (or
 * {@code -Dsegsense.repo}) that contains {@code mvnw}; Tycho runs tests in the test bundle's folder.
 * Data: {@code -Dsegsense.testData}, {@code $SEGSENSE_TEST_DATA}, else {@code <repo>/.cache/test-data},
 * fetched by {@code tests/data/fetch-test-data.sh} when missing. ITK programs:
 * {@code -Dsegsense.itkReference}, {@code $SEGSENSE_ITK_REFERENCE}, else
 * {@code <repo>/.cache/itk-reference}, built by {@code tests/itk-reference/build.sh}. When fetching
 * or building is impossible the test fails with the script's message — it does not skip.
 */
public final class TestEnvironment {

    private static Path dataDir;
    private static Path itkDir;

    private TestEnvironment() {
    }

    /** @return the repository root (the folder containing mvnw) */
    public static Path repositoryRoot() {
        String configured = System.getProperty("segsense.repo");
        if (configured != null) {
            return Paths.get(configured).toAbsolutePath();
        }
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            fail("Cannot find the repository root (a folder containing mvnw) above " + Paths.get("").toAbsolutePath()
                    + "; run the tests inside the repository or pass -Dsegsense.repo=PATH.");
        }
        return p;
    }

    /** @return the folder with fetched test data, fetching it first if needed */
    public static synchronized Path testData() {
        if (dataDir == null) {
            String configured = firstNonNull(System.getProperty("segsense.testData"), System.getenv("SEGSENSE_TEST_DATA"));
            Path dir = configured != null ? Paths.get(configured) : repositoryRoot().resolve(".cache/test-data");
            runScript(repositoryRoot().resolve("tests/data/fetch-test-data.sh"), dir.toString());
            dataDir = dir;
        }
        return dataDir;
    }

    /** @return a fetched file, e.g. {@code data("mricron/ch2.nii.gz")}; fails if absent */
    public static Path data(String relative) {
        Path p = testData().resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("Test data file " + p + " is missing although tests/data/fetch-test-data.sh succeeded; list it in that script.");
        }
        return p;
    }

    /** @return the folder with the built ITK reference programs, building them first if needed */
    public static synchronized Path itkReference() {
        if (itkDir == null) {
            String configured = firstNonNull(System.getProperty("segsense.itkReference"), System.getenv("SEGSENSE_ITK_REFERENCE"));
            Path dir = configured != null ? Paths.get(configured) : repositoryRoot().resolve(".cache/itk-reference");
            List<String> env = List.of("SEGSENSE_ITK_REFERENCE=" + dir);
            runScript(repositoryRoot().resolve("tests/itk-reference/build.sh"), null, env);
            itkDir = dir;
        }
        return itkDir;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static void runScript(Path script, String argument) {
        runScript(script, argument, List.of());
    }

    private static void runScript(Path script, String argument, List<String> env) {
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        if (argument != null) {
            cmd.add(argument);
        }
        Result r = run(cmd, env, 1800);
        if (r.exitCode != 0) {
            fail(script.getFileName() + " failed (exit " + r.exitCode + "); the tests tagged 'itk' need it:\n" + r.stderr);
        }
    }

    /** The outcome of an external program. */
    public static final class Result {
        public final int exitCode;
        public final String stdout;
        public final String stderr;

        Result(int exitCode, String stdout, String stderr) {
            this.exitCode = exitCode;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    /**
     * Runs a program and collects its output.
     *
     * @param command the command line
     * @param env extra environment entries NAME=VALUE
     * @param timeoutSeconds limit
     * @return exit code, stdout and stderr
     */
    public static Result run(List<String> command, List<String> env, long timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            for (String e : env) {
                int eq = e.indexOf('=');
                pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
            }
            Path out = Files.createTempFile("segsense-run", ".out");
            Path err = Files.createTempFile("segsense-run", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        } catch (IOException e) {
            return fail("Cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while running " + command);
        }
    }
}
