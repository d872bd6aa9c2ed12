// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A study could not be saved. The previous content of the file is unchanged. {@link #getMessage()} is written
 * for the user; {@link #getCause()} keeps the technical cause.
 */
public final class StudySaveException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    StudySaveException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that was to be written. */
    public Path getFile() {
        return file;
    }
}
