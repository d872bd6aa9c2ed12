// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A buffered stream that counts the bytes consumed and reads bounded lines and tokens. */
final class CountingInput extends BufferedInputStream {

    /** Thrown internally when a header line exceeds {@link VtkReader#MAX_LINE}. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    long position;
    private long markedPosition;

    CountingInput(InputStream in) {
        super(in, 1 << 16);
    }

    @Override
    public synchronized int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public synchronized void mark(int limit) {
        super.mark(limit);
        markedPosition = position;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        position = markedPosition;
    }

    /**
     * Reads one line (without the line end) as ISO-8859-1 text.
     *
     * @return the line, or null at the end of the file
     * @throws LineTooLongException if the line exceeds {@code max} bytes
     */
    String readLine(int max) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = read()) >= 0 && c != '\n') {
            if (b.length() >= max) {
                throw new LineTooLongException();
            }
            b.append((char) c);
        }
        if (c < 0 && b.length() == 0) {
            return null;
        }
        return b.toString(); // bytes as ISO-8859-1 characters
    }

    /**
     * Reads the next whitespace-separated token into {@code token}.
     *
     * @return false at the end of the file, or if the token exceeds {@code max} characters (then
     *         {@code token} is longer than {@code max})
     */
    boolean nextToken(StringBuilder token, int max) throws IOException {
        token.setLength(0);
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0b);
        while (c >= 0 && !(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0b)) {
            token.append((char) c);
            if (token.length() > max) {
                return false;
            }
            c = read();
        }
        return token.length() > 0;
    }
}
