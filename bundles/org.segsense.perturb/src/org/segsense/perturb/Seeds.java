// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeds derived from (study seed, job key), so that a job draws the same random numbers whatever the
 * order, thread count or shard it runs in. The derivation is fixed forever (changing it would change
 * saved studies' results): SplitMix64 finalisation over the study seed and the UTF-8 bytes of the key.
 */
public final class Seeds {

	private Seeds() {
	}

	/**
	 * @param studySeed the study's seed
	 * @param jobKey a key that identifies the job (e.g. {@code case=c1;model=unet;axis=rot;value=5})
	 * @return the job's seed
	 */
	public static long derive(long studySeed, String jobKey) {
		long h = mix(studySeed ^ 0x9E3779B97F4A7C15L);
		for (byte b : jobKey.getBytes(StandardCharsets.UTF_8)) {
			h = mix(h ^ (b & 0xff));
		}
		return h;
	}

	/**
	 * The seed of the {@code random} a study job passes to one perturbation: the job's seed (from
	 * {@link #derive}) mixed with the perturbation's position in the job's settings and, for the category
	 * {@code noise} only, the image channel (so channels get independent noise, other perturbations the
	 * same draw on every channel). A plug-in's golden tests use it to reproduce what a study run draws.
	 *
	 * @param jobSeed the job's seed
	 * @param position the perturbation's position among the job's settings (0 for a single axis)
	 * @param channel the image channel (0 for single-channel cases)
	 * @param category the perturbation's declared category
	 * @return the seed
	 */
	public static long perturbationSeed(long jobSeed, int position, int channel, String category) {
		return derive(jobSeed, "setting=" + position + ("noise".equals(category) ? "|channel=" + channel : ""));
	}

	/** @return {@code new SplittableRandom(perturbationSeed(jobSeed, position, channel, category))} */
	public static SplittableRandom perturbation(long jobSeed, int position, int channel, String category) {
		return new SplittableRandom(perturbationSeed(jobSeed, position, channel, category));
	}

	private static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
