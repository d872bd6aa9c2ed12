// SPDX-License-Identifier: EPL-2.0
package org.segsense.train.augment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.PerturbationResult;

/**
 * One step of the perturbation catalogue in random mode, as a training augmentation: with probability
 * {@code p} per patch, each parameter in {@code ranges} is drawn uniformly from its range and the
 * perturbation is applied to the patch (spatial ones move the labels with it, by nearest neighbour).
 * The same catalogue drives sensitivity sweeps, so a variant can be trained against exactly the
 * perturbation it is later tested with.
 * <p>
 * Patches are perturbed on a grid with the training image's spacing (mm parameters mean mm), identity
 * direction, centred on the patch. Intensity units ("SD") refer to the patch's own non-zero voxels.
 */
public final class PerturbationAugmentation implements PatchAugmentation {

	private final PerturbationDescriptor perturbation;
	private final Map<String, double[]> ranges;
	private final double probability;
	private final double[] spacing;

	/**
	 * @param perturbation the catalogue entry
	 * @param ranges parameter → {min, max} drawn per patch (others keep their defaults)
	 * @param probability share of patches perturbed (0–1)
	 * @param spacing voxel spacing {x, y, z} in mm of the training images
	 */
	public PerturbationAugmentation(PerturbationDescriptor perturbation, Map<String, double[]> ranges, double probability, double[] spacing) {
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("The probability of augmentation step '" + perturbation.id() + "' must be in [0, 1], not "
					+ probability + ".");
		}
		for (Map.Entry<String, double[]> e : ranges.entrySet()) {
			var spec = perturbation.parameter(e.getKey()).orElseThrow(() -> new IllegalArgumentException("Perturbation '"
					+ perturbation.id() + "' has no parameter '" + e.getKey() + "'."));
			double[] r = e.getValue();
			if (!(r[0] <= r[1]) || r[0] < spec.minimum() || r[1] > spec.maximum()) {
				throw new IllegalArgumentException("The range " + r[0] + ".." + r[1] + " of '" + e.getKey() + "' (" + perturbation.id()
						+ ") must be ordered and within " + spec.range() + ".");
			}
		}
		this.perturbation = perturbation;
		this.ranges = new LinkedHashMap<>(ranges);
		this.probability = probability;
		this.spacing = spacing.clone();
	}

	/**
	 * Parses {@code ID[:NAME=MIN..MAX,…][,p=P]}, e.g. {@code rotation:rz=-10..10,p=0.5} or
	 * {@code intensity-shift:shift=-0.5..0.5}; a single value {@code NAME=V} fixes the range to V.
	 *
	 * @param spec the step
	 * @param catalog where the id is looked up
	 * @param spacing the training images' spacing
	 * @return the step (probability 1 unless given)
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static PerturbationAugmentation parse(String spec, PerturbationCatalog catalog, double[] spacing) {
		String[] idAndRest = spec.trim().split(":", 2);
		PerturbationDescriptor p = catalog.require(idAndRest[0].trim());
		Map<String, double[]> ranges = new LinkedHashMap<>();
		double probability = 1;
		if (idAndRest.length == 2 && !idAndRest[1].isBlank()) {
			for (String item : idAndRest[1].split(",")) {
				String[] kv = item.split("=", 2);
				if (kv.length != 2) {
					throw new IllegalArgumentException("Augmentation step '" + spec + "': '" + item + "' is not NAME=MIN..MAX or p=P.");
				}
				String name = kv[0].trim(), value = kv[1].trim();
				try {
					if (name.equals("p")) {
						probability = Double.parseDouble(value);
					} else if (value.contains("..")) {
						String[] mm = value.split("\\.\\.", 2);
						ranges.put(name, new double[] { Double.parseDouble(mm[0].trim()), Double.parseDouble(mm[1].trim()) });
					} else {
						double v = Double.parseDouble(value);
						ranges.put(name, new double[] { v, v });
					}
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("Augmentation step '" + spec + "': '" + value + "' is not a number or MIN..MAX.");
				}
			}
		}
		return new PerturbationAugmentation(p, ranges, probability, spacing);
	}

	@Override
	public void apply(float[] image, byte[] labels, int[] patchSizeZyx, int channels, SplittableRandom random) {
		if (random.nextDouble() >= probability) {
			return;
		}
		int nz = patchSizeZyx[0], ny = patchSizeZyx[1], nx = patchSizeZyx[2];
		double[] origin = { -spacing[0] * (nx - 1) / 2, -spacing[1] * (ny - 1) / 2, -spacing[2] * (nz - 1) / 2 };
		ImageGeometry grid = new ImageGeometry(new long[] { nx, ny, nz }, spacing, origin, ImageGeometry.identity(3));
		Image im = Image.of(grid, PixelType.FLOAT32, channels, image.clone());
		Image lab = Image.ofUInt8(grid, labels.clone());
		PerturbationResult r = perturbation.applyRandom(new PerturbationInput(im, lab, null), ranges, Map.of(), random);
		float[] out = r.image().convert(PixelType.FLOAT32).floats();
		System.arraycopy(out, 0, image, 0, image.length);
		if (r.labels() != null) {
			System.arraycopy(r.labels().convert(PixelType.UINT8).bytes(), 0, labels, 0, labels.length);
		}
	}

	/**
	 * Applies the step to a whole volume on its own grid (mm parameters in the volume's mm; a peak image's vectors
	 * reoriented as the catalogue does): with probability {@code p} the parameters are drawn from their ranges and the
	 * perturbation applied, spatial ones moving {@code in.labels()} by nearest neighbour.
	 *
	 * @param in the volume (and labels on its grid, or null)
	 * @param random this application's stream (the probability draw comes first)
	 * @return the result, or null when the step was not drawn
	 */
	public PerturbationResult applyToVolume(PerturbationInput in, SplittableRandom random) {
		if (random.nextDouble() >= probability) {
			return null;
		}
		return perturbation.applyRandom(in, ranges, Map.of(), random);
	}

	/** @return the catalogue id of the step */
	public String perturbationId() {
		return perturbation.id();
	}

	@Override
	public String describe() {
		String params = ranges.entrySet().stream().map(e -> e.getKey() + "=" + num(e.getValue()[0])
				+ (e.getValue()[0] == e.getValue()[1] ? "" : ".." + num(e.getValue()[1]))).collect(Collectors.joining(","));
		return perturbation.id() + "(" + (params.isEmpty() ? "" : params + ",") + "p=" + num(probability) + ")";
	}

	private static String num(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
	}

	@Override
	public String toString() {
		return describe();
	}
}
