// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a finished external program returned: exit code, standard output and standard error. */
public final class ProgramOutput {

    private final List<String> command;
    private final int exitCode;
    private final String stdout;
    private final String stderr;

    ProgramOutput(List<String> command, int exitCode, String stdout, String stderr) {
        this.command = List.copyOf(command);
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** @return the command line that ran */
    public List<String> command() {
        return command;
    }

    /** @return the exit code (0: success) */
    public int exitCode() {
        return exitCode;
    }

    /** @return everything the program wrote to standard output */
    public String stdout() {
        return stdout;
    }

    /** @return everything the program wrote to standard error */
    public String stderr() {
        return stderr;
    }

    /** @return standard output followed by standard error, for messages */
    public String text() {
        if (stdout.isEmpty() || stderr.isEmpty()) {
            return stdout + stderr;
        }
        return stdout + (stdout.endsWith("\n") ? "" : "\n") + stderr;
    }

    /** @return the lines of standard output */
    public List<String> lines() {
        return Arrays.asList(stdout.split("\\R"));
    }

    /**
     * The numbers after {@code key} on the first output line of the form {@code key n1 n2 ...}.
     *
     * @param key the first word of the line
     * @return the numbers after it
     * @throws AssertionError when no line starts with {@code key}
     */
    public double[] numbers(String key) {
        List<double[]> all = allNumbers(key);
        if (all.isEmpty()) {
            throw new AssertionError("The output of " + String.join(" ", command) + " has no '" + key + "' line:\n" + text());
        }
        return all.get(0);
    }

    /**
     * @param key the first word of the lines
     * @return the numbers after {@code key} of every output line of the form {@code key n1 n2 ...}, in order
     */
    public List<double[]> allNumbers(String key) {
        List<double[]> out = new ArrayList<>();
        for (String line : lines()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length > 0 && parts[0].equals(key)) {
                double[] v = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Double.parseDouble(parts[i]);
                }
                out.add(v);
            }
        }
        return out;
    }
}
