// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ITK 5.2 reference programs of {@code tests/itk-reference}: one instance per build script. The
 * script runs once per JVM (it is a no-op when the programs are up to date); when it fails — ITK 5.2,
 * cmake or g++ missing — every test that needs the programs FAILS with the script's output, it is
 * never skipped. Each build folder can be moved with the settings named on the constants.
 */
public final class ReferencePrograms {

    /**
     * {@code image_info} (tests/itk-reference/image_info.cxx), built by {@code build.sh} into
     * {@code -Dsegsense.itkReference}, {@code $SEGSENSE_ITK_REFERENCE}, else
     * {@code <repo>/.cache/itk-reference}.
     */
    public static final ReferencePrograms IMAGE_IO = new ReferencePrograms("build.sh", ".cache/itk-reference",
            "segsense.itkReference", "SEGSENSE_ITK_REFERENCE", true);

    /**
     * {@code convert} (tests/itk-reference/vtk/convert.cxx), built by {@code build-vtk.sh} into
     * {@code -Dsegsense.itkReferenceVtk}, {@code $SEGSENSE_ITK_REFERENCE_VTK}, else
     * {@code <repo>/.cache/itk-reference-vtk}.
     */
    public static final ReferencePrograms VTK = new ReferencePrograms("build-vtk.sh", ".cache/itk-reference-vtk",
            "segsense.itkReferenceVtk", "SEGSENSE_ITK_REFERENCE_VTK", true);

    /**
     * {@code staple/staple_ref}, {@code multilabel_staple/mlstaple_ref},
     * {@code multilabel_staple/labelvoting_ref} and {@code distance/distance_ref}, built by
     * {@code build-algorithms.sh} into {@code $SEGSENSE_ITK_ALGORITHMS_DIR}, else
     * {@code <repo>/.cache/itk-reference-algorithms}.
     */
    public static final ReferencePrograms ALGORITHMS = new ReferencePrograms("build-algorithms.sh",
            ".cache/itk-reference-algorithms", null, "SEGSENSE_ITK_ALGORITHMS_DIR", false);

    /** {@code resample_ref}, built by {@code build-resample.sh} into {@code <repo>/.cache/itk-reference-resample}. */
    public static final ReferencePrograms RESAMPLE = new ReferencePrograms("build-resample.sh",
            ".cache/itk-reference-resample", null, null, false);

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    private final String script;
    private final String defaultFolder;
    private final String property;
    private final String environment;
    private final boolean scriptReadsEnvironment;

    private Path folder;
    private String buildFailure;

    /**
     * @param script the build script in tests/itk-reference
     * @param defaultFolder the build folder relative to the repository root
     * @param property a system property that moves the folder, or null
     * @param environment an environment variable that moves the folder, or null
     * @param scriptReadsEnvironment true: the script takes the folder from {@code environment};
     *        false: as its first argument
     */
    private ReferencePrograms(String script, String defaultFolder, String property, String environment,
            boolean scriptReadsEnvironment) {
        this.script = script;
        this.defaultFolder = defaultFolder;
        this.property = property;
        this.environment = environment;
        this.scriptReadsEnvironment = scriptReadsEnvironment;
    }

    /**
     * Builds the programs (once per JVM) and returns their folder.
     *
     * @return the build folder
     * @throws AssertionError with the script's output when the programs cannot be built
     */
    public synchronized Path folder() {
        if (folder != null) {
            return folder;
        }
        if (buildFailure == null) {
            String configured = Repository.setting(property, environment);
            Path dir = configured != null ? Path.of(configured) : Repository.path(defaultFolder);
            Path file = Repository.path("tests/itk-reference/" + script);
            List<String> command = new ArrayList<>(List.of("bash", file.toString()));
            if (!scriptReadsEnvironment) {
                command.add(dir.toString());
            }
            Map<String, String> env = scriptReadsEnvironment ? Map.of(environment, dir.toString()) : Map.of();
            ProgramOutput out = Programs.run(command, env, BUILD_TIMEOUT);
            if (out.exitCode() == 0) {
                folder = dir;
                return folder;
            }
            buildFailure = "tests/itk-reference/" + script + " failed (exit " + out.exitCode() + "), so the ITK 5.2 reference"
                    + " programs that the tests tagged 'itk' compare against cannot be built. Install ITK 5.2, cmake and g++"
                    + " (Debian: sudo apt-get install -y libinsighttoolkit5-dev cmake g++), then rerun. Script output:\n" + out.text();
        }
        throw new AssertionError(buildFailure);
    }

    /**
     * @param name a program path relative to {@link #folder()}, e.g. {@code staple/staple_ref}
     * @return the built executable
     * @throws AssertionError when it cannot be built or is missing after the build
     */
    public Path program(String name) {
        Path exe = folder().resolve(name);
        if (!Files.isExecutable(exe)) {
            throw new AssertionError("ITK reference program missing: " + exe + " (run tests/itk-reference/" + script + ")");
        }
        return exe;
    }

    /**
     * Runs a program and returns its output, whatever its exit code (e.g. to see whether ITK rejects a file).
     *
     * @param name the program, as for {@link #program(String)}
     * @param arguments its arguments
     * @return what it returned
     */
    public ProgramOutput call(String name, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(program(name).toString());
        command.addAll(List.of(arguments));
        return Programs.run(command, Map.of(), RUN_TIMEOUT);
    }

    /**
     * Runs a program that must succeed.
     *
     * @param name the program, as for {@link #program(String)}
     * @param arguments its arguments
     * @return its output
     * @throws AssertionError with the program's output when it exits with a non-zero code
     */
    public ProgramOutput run(String name, String... arguments) {
        ProgramOutput out = call(name, arguments);
        if (out.exitCode() != 0) {
            throw new AssertionError("ITK reference program " + String.join(" ", out.command()) + " failed with exit code "
                    + out.exitCode() + ":\n" + out.text());
        }
        return out;
    }
}
