package org.segsense.inference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 of files and folders — of model folders for {@code segsense model inspect} and run
 * provenance, of images for provenance. A folder's checksum is computed over its regular files in
 * sorted order, each as its relative path ('/' separators, UTF-8), a zero byte and its contents.
 */
public final class Checksums {

	private Checksums() {
	}

	/** @return the lowercase hex SHA-256 of a file or folder */
	public static String sha256(Path path) throws IOException {
		MessageDigest sha = newDigest();
		byte[] buffer = new byte[1 << 16];
		if (Files.isDirectory(path)) {
			List<Path> files;
			try (Stream<Path> s = Files.walk(path)) {
				files = s.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path f : files) {
				sha.update(path.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				digest(sha, f, buffer);
			}
		} else {
			digest(sha, path, buffer);
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static void digest(MessageDigest sha, Path f, byte[] buffer) throws IOException {
		try (InputStream in = Files.newInputStream(f)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				sha.update(buffer, 0, n);
			}
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
