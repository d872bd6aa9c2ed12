// SPDX-License-Identifier: EPL-2.0
package org.segsense.perturb.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationDescriptor;
import org.segsense.perturb.PerturbationInput;
import org.segsense.perturb.Seeds;
import org.segsense.perturb.Voxels;

/**
 * The helpers a perturbation plug-in uses are API of org.segsense.perturb (exported, outside the built-in
 * bundle): voxel loops and results, and the seeded random SegSense passes to a job's perturbation.
 */
class AuthorHelpersTest {

	@Test
	void forEachLineVisitsEveryElementOnceAlongEachAxis() {
		int[] n = { 4, 3, 2 };
		int nc = 2;
		int length = n[0] * n[1] * n[2] * nc * 3; // three volumes
		for (int axis = 0; axis < 3; axis++) {
			int[] hits = new int[length];
			int a = axis;
			Voxels.forEachLine(length, n, nc, axis, (base, stride, len) -> {
				assertEquals(n[a], len);
				for (int i = 0; i < len; i++) {
					hits[base + i * stride]++;
				}
			});
			for (int h : hits) {
				assertEquals(1, h, "axis " + axis);
			}
		}
	}

	@Test
	void aPlugInCanReproduceTheRandomOfAStudyJob() {
		long job = Seeds.derive(7, "case=c1;model=m;axis=noise;value=0.1");
		assertEquals(Seeds.derive(job, "setting=0|channel=1"), Seeds.perturbationSeed(job, 0, 1, "noise"), "the fixed derivation");
		assertEquals(Seeds.derive(job, "setting=1"), Seeds.perturbationSeed(job, 1, 3, "intensity"), "channels share a non-noise draw");
		assertNotEquals(Seeds.perturbationSeed(job, 0, 0, "noise"), Seeds.perturbationSeed(job, 0, 1, "noise"));
		// golden use: gaussian noise applied twice with the job's random is identical, with another channel's random it is not
		PerturbationDescriptor noise = PerturbationCatalog.installed().require("gaussian-noise");
		float[] v = new float[64];
		for (int i = 0; i < v.length; i++) {
			v[i] = i % 7;
		}
		Image image = Image.of(ImageGeometry.of(4, 4, 4), v);
		java.util.Map<String, Double> p = java.util.Map.of("sigma", 0.5);
		float[] first = noise.apply(PerturbationInput.of(image), p, Seeds.perturbation(job, 0, 0, "noise")).image().floats();
		float[] again = noise.apply(PerturbationInput.of(image), p, new SplittableRandom(Seeds.perturbationSeed(job, 0, 0, "noise"))).image().floats();
		float[] other = noise.apply(PerturbationInput.of(image), p, Seeds.perturbation(job, 0, 1, "noise")).image().floats();
		assertArrayEquals(first, again);
		assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(other));
		assertEquals(Voxels.statistics(PerturbationInput.of(image)).sd(), Voxels.statistics(PerturbationInput.of(Voxels.like(image, v))).sd(), 0);
	}
}
