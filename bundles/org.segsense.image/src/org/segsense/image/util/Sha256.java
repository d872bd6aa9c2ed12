// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 checksums, written as 64 lowercase hex digits: of bytes ({@link #hex(byte[])}), of a file or a
 * folder ({@link #of(Path)}), and of several parts fed in turn to one digest ({@link #digest()}).
 *
 * <p>Conventions, fixed because run folders and model caches store these checksums: a string is fed as its
 * UTF-8 bytes; {@code float} and {@code int} arrays as 4-byte little-endian values (raw float bits); a
 * folder's checksum is computed over its regular files in sorted path order, each fed as its relative path
 * ('/' separators, UTF-8), a zero byte and its contents.
 */
public final class Sha256 {

	private final MessageDigest md;
	private final byte[] buffer = new byte[1 << 16];

	private Sha256() {
		try {
			md = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("This Java runtime has no SHA-256, which every Java SE runtime must provide.", e);
		}
	}

	/** @return a new, empty digest to feed parts to */
	public static Sha256 digest() {
		return new Sha256();
	}

	/**
	 * @param bytes the data
	 * @return the SHA-256 of the bytes, as lowercase hex
	 */
	public static String hex(byte[] bytes) {
		return digest().update(bytes).hex();
	}

	/**
	 * @param path a regular file or a folder
	 * @return the SHA-256 of the file's bytes, or of the folder as the class comment describes, as lowercase hex
	 * @throws IOException when a file cannot be read
	 */
	public static String of(Path path) throws IOException {
		Sha256 sha = digest();
		if (Files.isDirectory(path)) {
			List<Path> files;
			try (Stream<Path> s = Files.walk(path)) {
				files = s.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path f : files) {
				sha.update(path.relativize(f).toString().replace('\\', '/'));
				sha.md.update((byte) 0);
				sha.updateFile(f);
			}
		} else {
			sha.updateFile(path);
		}
		return sha.hex();
	}

	/**
	 * @param bytes data to add
	 * @return this digest
	 */
	public Sha256 update(byte[] bytes) {
		md.update(bytes);
		return this;
	}

	/**
	 * @param text text to add, as UTF-8
	 * @return this digest
	 */
	public Sha256 update(String text) {
		md.update(text.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/**
	 * @param in a stream to add, read to its end (not closed)
	 * @return this digest
	 * @throws IOException when reading fails
	 */
	public Sha256 update(InputStream in) throws IOException {
		for (int n; (n = in.read(buffer)) > 0;) {
			md.update(buffer, 0, n);
		}
		return this;
	}

	/**
	 * @param values values to add, each as 4 little-endian bytes of its raw bits
	 * @return this digest
	 */
	public Sha256 update(float[] values) {
		ByteBuffer bb = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
		for (float v : values) {
			if (!bb.hasRemaining()) {
				md.update(buffer, 0, bb.position());
				bb.clear();
			}
			bb.putFloat(v);
		}
		md.update(buffer, 0, bb.position());
		return this;
	}

	/**
	 * @param values values to add, each as 4 little-endian bytes
	 * @return this digest
	 */
	public Sha256 update(int[] values) {
		ByteBuffer bb = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
		for (int v : values) {
			if (!bb.hasRemaining()) {
				md.update(buffer, 0, bb.position());
				bb.clear();
			}
			bb.putInt(v);
		}
		md.update(buffer, 0, bb.position());
		return this;
	}

	/** @return the checksum of everything added so far, as lowercase hex; the digest starts empty again */
	public String hex() {
		return HexFormat.of().formatHex(md.digest());
	}

	private void updateFile(Path f) throws IOException {
		try (InputStream in = Files.newInputStream(f)) {
			update(in);
		}
	}
}
