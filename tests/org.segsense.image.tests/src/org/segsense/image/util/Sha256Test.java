// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Sha256} against the FIPS 180-2 test vectors and against the JDK's digest fed by hand with the
 * byte layout the class comment promises (files, folders, little-endian float and int arrays across the
 * internal buffer's boundary).
 */
class Sha256Test {

	@Test
	void fipsTestVectors() {
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
		assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
				Sha256.digest().update("abcdbcdecdefdefgefghfghighij").update("hijkijkljklmklmnlmnomnopnopq").hex());
	}

	@Test
	void fileAndStreamGiveTheChecksumOfTheirBytes(@TempDir Path dir) throws Exception {
		byte[] data = new byte[200_000];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 31 + 7);
		}
		Path f = Files.write(dir.resolve("data.bin"), data);
		String expected = jdk(data);
		assertEquals(expected, Sha256.of(f));
		assertEquals(expected, Sha256.digest().update(new ByteArrayInputStream(data)).hex());
	}

	@Test
	void folderIsItsSortedRelativePathsZeroByteAndContents(@TempDir Path dir) throws Exception {
		Path model = Files.createDirectories(dir.resolve("model"));
		Files.createDirectories(model.resolve("variables"));
		Files.writeString(model.resolve("saved_model.pb"), "graph");
		Files.writeString(model.resolve("variables/variables.index"), "index");
		Files.writeString(model.resolve("a.txt"), "first");
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		for (String[] f : new String[][] { { "a.txt", "first" }, { "saved_model.pb", "graph" }, { "variables/variables.index", "index" } }) {
			md.update(f[0].getBytes(StandardCharsets.UTF_8));
			md.update((byte) 0);
			md.update(f[1].getBytes(StandardCharsets.UTF_8));
		}
		assertEquals(HexFormat.of().formatHex(md.digest()), Sha256.of(model));
	}

	@Test
	void floatAndIntArraysAreLittleEndianAcrossTheBufferBoundary() throws Exception {
		int n = 40_001;
		float[] f = new float[n];
		int[] v = new int[n];
		for (int i = 0; i < n; i++) {
			f[i] = i == 5 ? Float.NaN : (float) Math.sin(i) * 1e3f;
			v[i] = i * 2_654_435 - 17;
		}
		ByteBuffer bb = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
		for (float x : f) {
			bb.putFloat(x);
		}
		for (int x : v) {
			bb.putInt(x);
		}
		assertEquals(jdk(bb.array()), Sha256.digest().update(f).update(v).hex());
	}

	@Test
	void hexStartsTheDigestAgain() {
		Sha256 sha = Sha256.digest().update("abc");
		sha.hex();
		assertEquals(Sha256.hex(new byte[0]), sha.hex());
	}

	private static String jdk(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}
}
