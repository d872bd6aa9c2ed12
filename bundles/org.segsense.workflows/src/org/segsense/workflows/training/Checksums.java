// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.segsense.train.TrainedModel;

/** SHA-256 helpers: of text, and of a trained model's weights (names and IEEE float bits, in name order). */
public final class Checksums {

	private Checksums() {
	}

	/** @return hex SHA-256 of the weights: equal exactly when every weight is bitwise equal */
	public static String weights(TrainedModel model) {
		MessageDigest md = sha256();
		List<String> names = new ArrayList<>(model.weightNames());
		names.sort(null);
		for (String n : names) {
			md.update(n.getBytes(StandardCharsets.UTF_8));
			float[] w = model.weight(n);
			ByteBuffer b = ByteBuffer.allocate(w.length * 4);
			b.asFloatBuffer().put(w);
			md.update(b);
		}
		return HexFormat.of().formatHex(md.digest());
	}

	/** @return hex SHA-256 of the UTF-8 text */
	public static String text(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
