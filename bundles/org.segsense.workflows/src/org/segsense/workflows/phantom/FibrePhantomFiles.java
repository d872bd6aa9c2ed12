// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.phantom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.image.Peaks;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.image.io.PeakIO;
import org.segsense.image.util.JsonWriter;

/**
 * Writes a {@link FibrePhantom} in TractSeg's layout:
 * <pre>
 * DIR/peaks.nii.gz                         4-D (x, y, z, 9), MRtrix/TractSeg peaks, world RAS
 * DIR/mask.nii.gz                          brain mask, uint8 0/1
 * DIR/bundle_segmentations/bundle_N.nii.gz one uint8 0/1 mask per bundle (TractSeg's default output layout)
 * DIR/phantom.json                         the settings, and per bundle its name, relation and voxel count
 * </pre>
 */
public final class FibrePhantomFiles {

	/** The sub-folder of the bundle masks, as TractSeg names it. */
	public static final String BUNDLES_DIR = "bundle_segmentations";

	private FibrePhantomFiles() {
	}

	/**
	 * Writes the phantom's files (replacing files of the same names).
	 *
	 * @param p the phantom
	 * @param dir the output folder (created if missing)
	 * @return the files written
	 * @throws IOException if writing fails
	 * @throws ImageFormatException if an image cannot be written
	 */
	public static List<Path> write(FibrePhantom.Result p, Path dir) throws IOException, ImageFormatException {
		List<Path> files = new ArrayList<>();
		Files.createDirectories(dir.resolve(BUNDLES_DIR));
		Path peaks = dir.resolve("peaks.nii.gz");
		PeakIO.write(p.peaks(), peaks, Peaks.Frame.WORLD_RAS);
		files.add(peaks);
		Path mask = dir.resolve("mask.nii.gz");
		ImageIO.write(p.mask(), mask);
		files.add(mask);
		List<Object> bundles = new ArrayList<>();
		for (int b = 0; b < p.bundles().size(); b++) {
			FibreBundle fb = p.bundles().get(b);
			Path f = dir.resolve(BUNDLES_DIR).resolve(fb.name() + ".nii.gz");
			ImageIO.write(p.bundleMasks().get(b), f);
			files.add(f);
			int voxels = 0;
			for (byte v : p.bundleMasks().get(b).bytes()) {
				voxels += v;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", fb.name());
			m.put("relation", fb.relation());
			m.put("voxels", voxels);
			bundles.add(m);
		}
		FibrePhantomOptions o = p.options();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("generator", "segsense phantom fibres");
		json.put("size", List.of(o.size()[0], o.size()[1], o.size()[2]));
		json.put("spacingMm", o.spacing());
		json.put("seed", o.seed());
		json.put("noiseDegrees", o.noiseDegrees());
		json.put("amplitudeNoise", o.amplitudeNoise());
		json.put("fanningDegrees", o.fanningDegrees());
		json.put("mergeDegrees", FibrePhantomOptions.MERGE_DEGREES);
		json.put("peakFrame", "world RAS (MRtrix/TractSeg), 4-D: volume 3j+c = component c of peak j");
		json.put("bundles", bundles);
		Path meta = dir.resolve("phantom.json");
		Files.writeString(meta, JsonWriter.write(json) + "\n", StandardCharsets.UTF_8);
		files.add(meta);
		return files;
	}
}
