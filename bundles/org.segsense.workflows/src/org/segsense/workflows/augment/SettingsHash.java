// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.segsense.image.util.Sha256;

import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.workflows.training.TrainingServiceException;
import org.segsense.workflows.training.VariantArguments;

/**
 * The settings hash of a network: SHA-256 over the equivalent {@code segsense train} options (architecture,
 * settings, augmentation, seed), the threads and device (TensorFlow's results depend on both), and each training
 * case's id, file paths and file contents (a label folder — TractSeg's bundle masks — by each of its files, in name order). Equal hashes mean a trained network can be reused.
 */
final class SettingsHash {

	private SettingsHash() {
	}

	static String of(AugmentationVariant v, long seed, List<Case> cases, Path projectDir, int threads, String device) {
		Sha256 md = Sha256.digest();
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
		return md.hex();
	}

	private static void file(Sha256 md, Path projectDir, String path) {
		update(md, "file=" + path);
		if (path == null) {
			return;
		}
		Path f = projectDir.resolve(path);
		if (Files.isDirectory(f)) { // a bundle folder: every file, by name
			try (var s = Files.list(f)) {
				for (Path q : s.filter(Files::isRegularFile).sorted().toList()) {
					file(md, projectDir, path + "/" + q.getFileName());
				}
			} catch (IOException e) {
				throw TrainingServiceException.badInput(f + ": the folder cannot be listed (" + e.getMessage() + "). Check the path in the study file.", e);
			}
			return;
		}
		try (InputStream in = Files.newInputStream(f)) {
			md.update(in);
		} catch (IOException e) {
			throw TrainingServiceException.badInput(f + ": cannot be read (" + e.getMessage() + "). Check the path in the study file.", e);
		}
	}

	private static void update(Sha256 md, String s) {
		md.update(s + "\n");
	}
}
