// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb;

import java.nio.charset.StandardCharsets;

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

	private static long mix(long z) {
		z += 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
