// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.nio.file.Path;

/**
 * A file that cannot be read or written as an image: unknown format, malformed or hostile header,
 * truncated data, unsupported feature, too large.
 * <p>
 * The message is meant for the user and has three parts: the file, the problem, and what to do,
 * e.g. {@code "brain.nii.gz: the data ends after 1048576 of 7109137 bytes. The file is truncated;
 * copy or download it again."} It never contains a stack trace; the cause (if any) is kept for
 * {@code --debug}.
 */
public class ImageFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final String fix;

    /**
     * Creates the exception.
     *
     * @param file the file concerned (may be null)
     * @param problem what is wrong, one sentence without a final full stop
     * @param fix what the user can do, one sentence (may be null)
     */
    public ImageFormatException(Path file, String problem, String fix) {
        this(file, problem, fix, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file the file concerned (may be null)
     * @param problem what is wrong
     * @param fix what the user can do (may be null)
     * @param cause the underlying exception (may be null)
     */
    public ImageFormatException(Path file, String problem, String fix, Throwable cause) {
        super(compose(file, problem, fix), cause);
        this.file = file;
        this.problem = problem;
        this.fix = fix;
    }

    private static String compose(Path file, String problem, String fix) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        b.append(problem);
        if (!problem.endsWith(".")) {
            b.append('.');
        }
        if (fix != null && !fix.isEmpty()) {
            b.append(' ').append(fix);
            if (!fix.endsWith(".")) {
                b.append('.');
            }
        }
        return b.toString();
    }

    /** @return the file concerned, or null */
    public Path getFile() {
        return file;
    }

    /** @return the problem alone, without file name and fix */
    public String getProblem() {
        return problem;
    }

    /** @return the suggested fix, or null */
    public String getFix() {
        return fix;
    }
}
