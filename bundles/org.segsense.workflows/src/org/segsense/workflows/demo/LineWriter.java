// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;

/** A PrintWriter that hands every complete line written through it to a consumer (without the line end). */
final class LineWriter extends Writer {

	private final Consumer<String> lines;
	private final StringBuilder line = new StringBuilder();

	private LineWriter(Consumer<String> lines) {
		this.lines = lines;
	}

	static PrintWriter to(Consumer<String> lines) {
		return new PrintWriter(new LineWriter(lines), true);
	}

	@Override
	public synchronized void write(char[] buf, int off, int len) {
		for (int i = off; i < off + len; i++) {
			char c = buf[i];
			if (c == '\n') {
				lines.accept(line.toString());
				line.setLength(0);
			} else if (c != '\r') {
				line.append(c);
			}
		}
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}
}
