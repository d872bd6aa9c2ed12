// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.preprocess;

import java.util.Arrays;
import java.util.Locale;

/**
 * Intensity normalisation of one input channel before inference. Statistics are computed over the
 * voxels of a mask — by default the channel's non-zero voxels (a body mask for skull-stripped or
 * background-zero MR), or all voxels when the channel has none — and the transform is applied to every
 * voxel. All arithmetic is in double; the result is float32.
 *
 * <ul>
 * <li>{@link #NONE}: unchanged.</li>
 * <li>{@link #ZSCORE}: {@code (v − mean) / sd} with mean and population SD in the mask.</li>
 * <li>{@link #PERCENTILE_ZSCORE}: clip to the {@value #LOW_PERCENTILE} and {@value #HIGH_PERCENTILE}
 * percentiles of the mask (linear interpolation between order statistics, as numpy's default), then
 * z-score with the statistics of the clipped mask values.</li>
 * <li>{@link #MINMAX}: {@code (v − min) / (max − min)} with min and max in the mask, so the mask maps to
 * [0, 1].</li>
 * </ul>
 * A constant mask (SD or range 0) gives 0 inside it instead of a division by zero.
 */
public enum Normalization {
	NONE("none"), ZSCORE("zscore"), PERCENTILE_ZSCORE("percentile-zscore"), MINMAX("minmax");

	/** Lower clipping percentile of {@link #PERCENTILE_ZSCORE}. */
	public static final double LOW_PERCENTILE = 0.5;
	/** Upper clipping percentile of {@link #PERCENTILE_ZSCORE}. */
	public static final double HIGH_PERCENTILE = 99.5;

	private final String cliName;

	Normalization(String cliName) {
		this.cliName = cliName;
	}

	/** @return the name on the command line and in model metadata */
	public String cliName() {
		return cliName;
	}

	/**
	 * @param name a {@link #cliName()}, case-insensitive
	 * @return the normalisation
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static Normalization fromName(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		for (Normalization v : values()) {
			if (v.cliName.equals(n)) {
				return v;
			}
		}
		throw new IllegalArgumentException("Unknown normalization '" + name + "'; use none, zscore, percentile-zscore or minmax.");
	}

	/**
	 * Normalises a channel.
	 *
	 * @param values the channel's voxels (not modified)
	 * @param mask voxels to take statistics from (non-zero = inside), same length, or null for the
	 *        channel's non-zero voxels
	 * @return a new array
	 */
	public float[] apply(float[] values, byte[] mask) {
		if (mask != null && mask.length != values.length) {
			throw new IllegalArgumentException("The mask has " + mask.length + " voxels, the image " + values.length + ".");
		}
		if (this == NONE) {
			return values.clone();
		}
		float[] out = new float[values.length];
		if (this == ZSCORE) {
			// the common case, in three passes over the voxels and without a mask copy
			zscore(values, mask, out);
			return out;
		}
		boolean[] inside = inside(values, mask);
		switch (this) {
			case PERCENTILE_ZSCORE -> {
				double[] sorted = sortedInside(values, inside);
				double lo = percentile(sorted, LOW_PERCENTILE), hi = percentile(sorted, HIGH_PERCENTILE);
				double[] ms = meanSd(values, inside, lo, hi);
				scale(values, out, ms[0], ms[1], lo, hi);
			}
			case MINMAX -> {
				double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
				for (int i = 0; i < values.length; i++) {
					if (inside[i]) {
						min = Math.min(min, values[i]);
						max = Math.max(max, values[i]);
					}
				}
				scale(values, out, min, max - min, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
			}
			default -> throw new IllegalStateException(name());
		}
		return out;
	}

	/**
	 * {@link #ZSCORE}: the statistics of {@link #meanSd} over {@link #inside}, fused into three passes;
	 * sums run in four interleaved partial sums (independent add chains, about 3× faster than one), so
	 * they differ from a single running sum in the last bits only.
	 */
	private static void zscore(float[] values, byte[] mask, float[] out) {
		int len = values.length, blocks = len & ~3;
		double[] sm = new double[4], sa = new double[4];
		long nMask = 0;
		for (int i = 0; i < blocks; i += 4) {
			for (int j = 0; j < 4; j++) {
				double v = values[i + j];
				sa[j] += v;
				if (mask != null ? mask[i + j] != 0 : v != 0) {
					sm[j] += v;
					nMask++;
				}
			}
		}
		for (int i = blocks; i < len; i++) {
			double v = values[i];
			sa[0] += v;
			if (mask != null ? mask[i] != 0 : v != 0) {
				sm[0] += v;
				nMask++;
			}
		}
		boolean all = nMask == 0; // an empty mask: statistics of every voxel
		long n = all ? len : nMask;
		double mean = (all ? (sa[0] + sa[1]) + (sa[2] + sa[3]) : (sm[0] + sm[1]) + (sm[2] + sm[3])) / n;
		double[] ss = new double[4];
		for (int i = 0; i < blocks; i += 4) {
			for (int j = 0; j < 4; j++) {
				double v = values[i + j];
				if (all || (mask != null ? mask[i + j] != 0 : v != 0)) {
					ss[j] += (v - mean) * (v - mean);
				}
			}
		}
		for (int i = blocks; i < len; i++) {
			double v = values[i];
			if (all || (mask != null ? mask[i] != 0 : v != 0)) {
				ss[0] += (v - mean) * (v - mean);
			}
		}
		double sd = Math.sqrt(((ss[0] + ss[1]) + (ss[2] + ss[3])) / n);
		double inv = sd > 0 ? 1.0 / sd : 1.0;
		for (int i = 0; i < len; i++) {
			out[i] = (float) ((values[i] - mean) * inv);
		}
	}

	private static boolean[] inside(float[] values, byte[] mask) {
		boolean[] in = new boolean[values.length];
		boolean any = false;
		for (int i = 0; i < values.length; i++) {
			in[i] = mask != null ? mask[i] != 0 : values[i] != 0;
			any |= in[i];
		}
		if (!any) {
			Arrays.fill(in, true);
		}
		return in;
	}

	/** Mean and population SD of the mask values clipped to [lo, hi]. */
	private static double[] meanSd(float[] values, boolean[] inside, double lo, double hi) {
		double sum = 0;
		long n = 0;
		for (int i = 0; i < values.length; i++) {
			if (inside[i]) {
				sum += Math.min(hi, Math.max(lo, values[i]));
				n++;
			}
		}
		double mean = sum / n;
		double ss = 0;
		for (int i = 0; i < values.length; i++) {
			if (inside[i]) {
				double d = Math.min(hi, Math.max(lo, values[i])) - mean;
				ss += d * d;
			}
		}
		return new double[] { mean, Math.sqrt(ss / n) };
	}

	/** out = (clip(v, lo, hi) − offset) / divisor, or 0 for a zero divisor. */
	private static void scale(float[] values, float[] out, double offset, double divisor, double lo, double hi) {
		if (!(divisor > 0)) {
			for (int i = 0; i < values.length; i++) {
				out[i] = (float) (Math.min(hi, Math.max(lo, values[i])) - offset);
			}
			return;
		}
		double inv = 1.0 / divisor;
		for (int i = 0; i < values.length; i++) {
			out[i] = (float) ((Math.min(hi, Math.max(lo, values[i])) - offset) * inv);
		}
	}

	private static double[] sortedInside(float[] values, boolean[] inside) {
		int n = 0;
		for (boolean b : inside) {
			n += b ? 1 : 0;
		}
		double[] s = new double[n];
		for (int i = 0, j = 0; i < values.length; i++) {
			if (inside[i]) {
				s[j++] = values[i];
			}
		}
		Arrays.sort(s);
		return s;
	}

	/**
	 * The p-th percentile of sorted values with linear interpolation between the order statistics at
	 * rank {@code p/100 · (n − 1)} (numpy's default method).
	 *
	 * @param sorted ascending values, at least one
	 * @param p 0–100
	 * @return the percentile
	 */
	public static double percentile(double[] sorted, double p) {
		double rank = p / 100.0 * (sorted.length - 1);
		int lo = (int) Math.floor(rank);
		int hi = Math.min(sorted.length - 1, lo + 1);
		return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
	}
}
