// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.Locale;

import org.segsense.image.Image;
import org.segsense.image.Peaks;
import org.segsense.image.VolumeStacks;

/**
 * How a study declares a peak channel, and what the model gets from it. A case channel is a <b>peak channel</b> when
 * its file is 4-D with 3·k volumes (MRtrix {@code sh2peaks} / TractSeg layout) and its name contains {@code peaks}
 * (case-insensitive, e.g. {@code peaks}, {@code csd-peaks}); its vectors are in world RAS (MRtrix, TractSeg), or in
 * FSL's scaled-voxel frame when the name also contains {@code fsl} ({@link Peaks.Frame}). No model attribute is
 * needed. The engine reads a peak channel into a peak image (LPS vectors, {@link Peaks#fromVolumes}), so spatial
 * perturbations reorient the peaks with the content; the model is handed the perturbed peaks back in the file's
 * frame, one channel per volume ({@link #toModel}) — the numbers {@code segsense train --architecture tractseg} and
 * {@code segsense infer} feed it. Any other 4-D channel gives one channel per volume, values as stored.
 */
final class PeakChannels {

	private PeakChannels() {
	}

	/** @return the frame of a peak channel, or null when the channel is not one */
	static Peaks.Frame frame(String channelName, Image file) {
		String n = channelName == null ? "" : channelName.toLowerCase(Locale.ROOT);
		boolean volumes = file.dimension() == 4 && file.components() == 1 && file.geometry().size(3) % 3 == 0;
		if (!volumes || !n.contains("peaks")) {
			return null;
		}
		return n.contains("fsl") ? Peaks.Frame.FSL_VOXEL : Peaks.Frame.WORLD_RAS;
	}

	/** @return the channel as the engine keeps it: a peak image (LPS) for a peak channel, else one component per volume */
	static Image read(Image file, Peaks.Frame frame) {
		if (frame != null) {
			return Peaks.fromVolumes(file, frame);
		}
		return file.dimension() == 4 && file.components() == 1 ? VolumeStacks.toComponents(file) : file;
	}

	/** @return a (perturbed) peak image as the model takes it: 3k channels, vectors in the file's frame */
	static Image toModel(Image peaks, Peaks.Frame frame) {
		return VolumeStacks.toComponents(Peaks.toVolumes(peaks, frame));
	}
}
