// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.workflows.training.TrainingServiceException;
import org.segsense.workflows.training.VariantArguments;

/**
 * The settings hash of a network: SHA-256 over the equivalent {@code segsense train} options (architecture,
 * settings, augmentation, seed), the threads and device (TensorFlow's results depend on both), and each training
 * case's id, file paths and file contents. Equal hashes mean a trained network can be reused.
 */
final class SettingsHash {

	private SettingsHash() {
	}

	static String of(AugmentationVariant v, long seed, List<Case> cases, Path projectDir, int threads, String device) {
		MessageDigest md = sha256();
		update(md, "segsense-augment/1");
		VariantArguments.trainArguments(v, seed).forEach(a -> update(md, a));
		update(md, "threads=" + threads);
		update(md, "device=" + device);
		for (Case c : cases) {
			update(md, "case=" + c.getId());
			for (ImageChannel ch : c.getChannels()) {
				file(md, projectDir, ch.getPath());
			}
			file(md, projectDir, c.getLabelImage() == null ? null : c.getLabelImage().getPath());
		}
		return HexFormat.of().formatHex(md.digest());
	}

	private static void file(MessageDigest md, Path projectDir, String path) {
		update(md, "file=" + path);
		if (path == null) {
			return;
		}
		Path f = projectDir.resolve(path);
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(f)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				md.update(buffer, 0, n);
			}
		} catch (IOException e) {
			throw TrainingServiceException.badInput(f + ": cannot be read (" + e.getMessage() + "). Check the path in the study file.", e);
		}
	}

	private static void update(MessageDigest md, String s) {
		md.update((s + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
