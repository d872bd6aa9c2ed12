// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.io.IOException;
import java.sql.SQLException;

import org.segsense.engine.store.ResultStore;

/** Turns exceptions into the user-facing reasons the engine's messages quote. */
final class Failures {

	private Failures() {
	}

	/** @return the exception's message, or its description when it has none */
	static String message(Throwable e) {
		String m = e.getMessage();
		return m == null || m.isBlank() ? e.toString() : m;
	}

	/** A user-facing reason for a store or file failure: "the disk is full" rather than a follow-up error. */
	static String reason(Throwable e) {
		return e instanceof SQLException s ? ResultStore.describe(s) : e instanceof IOException io ? ioReason(io) : String.valueOf(e.getMessage());
	}

	static String ioReason(IOException e) {
		String m = String.valueOf(e.getMessage());
		if (m.contains("No space left on device")) {
			return "the disk is full (" + m + ")";
		}
		if (m.contains("Read-only file system") || e instanceof java.nio.file.AccessDeniedException) {
			return "it cannot be written (" + m + (e instanceof java.nio.file.AccessDeniedException ? ": permission denied" : "") + ")";
		}
		return e instanceof java.nio.file.FileSystemException ? e.getClass().getSimpleName() + ": " + m : m;
	}
}
