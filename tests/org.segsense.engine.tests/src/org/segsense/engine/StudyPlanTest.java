// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.Study;
import org.segsense.model.io.StudyResources;
import org.segsense.perturb.Seeds;

/** Expansion of studies into jobs: counts, keys, seeds, order, shards. */
class StudyPlanTest {

	@TempDir
	Path dir;

	private Study load(String design) throws Exception {
		Files.createDirectories(dir);
		return StudyResources.load(TestStudies.study(dir, "plan", design, TestStudies.GROUND_TRUTH, ""));
	}

	@Test
	void oneAtATimeGivesTheBaselinePlusOneJobPerAxisValue() throws Exception {
		StudyPlan plan = StudyPlan.expand(load(TestStudies.OAT));
		// 2 cases × 2 variants × (1 baseline + 2 scale + 2 rot + 1 noise)
		assertEquals(24, plan.jobs().size());
		List<String> first = plan.jobs().stream().limit(6).map(Job::key).toList();
		assertEquals(List.of("case=c1|variant=tight|baseline", "case=c1|variant=tight|scale.factor=0.8", "case=c1|variant=tight|scale.factor=1.2",
				"case=c1|variant=tight|rot.rz=0", "case=c1|variant=tight|rot.rz=10", "case=c1|variant=tight|noise.sigma=0.5"), first);
		assertEquals("case=c2|variant=wide|noise.sigma=0.5", plan.jobs().get(23).key());
		for (Job j : plan.jobs()) {
			assertEquals(Seeds.derive(7, j.key()), j.seed(), j.key());
			assertEquals(plan.jobs().indexOf(j), j.index());
		}
		Job scale = plan.jobs().get(1);
		assertEquals("scale", scale.axis());
		assertEquals("intensity-scale", scale.perturbation());
		assertEquals("factor", scale.parameter());
		assertEquals(0.8, scale.value());
		assertTrue(plan.jobs().get(0).baseline());
		assertEquals(24, new HashSet<>(plan.jobs().stream().map(Job::key).toList()).size());
	}

	@Test
	void aStudyWithoutDesignIsOneAtATimeOverAllAxes() throws Exception {
		assertEquals(24, StudyPlan.expand(load("")).jobs().size());
	}

	@Test
	void factorialGivesTheCartesianProductOfTheDesignsAxes() throws Exception {
		StudyPlan plan = StudyPlan.expand(load("<design xsi:type=\"segsense:FactorialDesign\" axes=\"//@axes.0 //@axes.1\"/>"));
		// 2 × 2 × (1 baseline + 2 × 2 combinations)
		assertEquals(20, plan.jobs().size());
		assertTrue(plan.factorial());
		assertEquals(List.of("scale", "rot"), plan.axes());
		List<String> keys = plan.jobs().stream().limit(5).map(Job::key).toList();
		assertEquals(List.of("case=c1|variant=tight|baseline", "case=c1|variant=tight|scale.factor=0.8|rot.rz=0",
				"case=c1|variant=tight|scale.factor=0.8|rot.rz=10", "case=c1|variant=tight|scale.factor=1.2|rot.rz=0",
				"case=c1|variant=tight|scale.factor=1.2|rot.rz=10"), keys);
		Job j = plan.jobs().get(2);
		assertEquals("scale+rot", j.axis());
		assertEquals("factor+rz", j.parameter());
		assertEquals(null, j.value());
		assertEquals(2, j.settings().size());
		// all axes of the study when the design names none: 2 × 2 × 1
		assertEquals(4 * (1 + 2 * 2 * 1), StudyPlan.expand(load("<design xsi:type=\"segsense:FactorialDesign\"/>")).jobs().size());
	}

	@Test
	void shardsPartitionTheJobs() throws Exception {
		StudyPlan plan = StudyPlan.expand(load(TestStudies.OAT));
		Set<String> all = new HashSet<>();
		int total = 0;
		for (int i = 1; i <= 3; i++) {
			List<Job> s = plan.jobs(new Shard(i, 3));
			total += s.size();
			for (Job j : s) {
				assertEquals(i - 1, j.index() % 3);
				all.add(j.key());
			}
		}
		assertEquals(24, total);
		assertEquals(24, all.size());
		assertEquals(new Shard(2, 4), Shard.parse(" 2/4 "));
		assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/2"));
		assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2"));
		assertThrows(IllegalArgumentException.class, () -> Shard.parse("1-2"));
	}

	/** The commented example of docs/study-engine.md is a valid study (once its files exist) with the jobs the text says. */
	@Test
	void theDocumentedExampleStudyIsValid() throws Exception {
		String doc = Files.readString(org.segsense.testing.Repository.path("docs/study-engine.md"));
		int start = doc.indexOf("```xml\n") + "```xml\n".length();
		String xml = doc.substring(start, doc.indexOf("```", start));
		Path file = dir.resolve("example/example.segsense");
		Files.createDirectories(file.getParent());
		Files.writeString(file, xml);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(channels|labelImage|savedModel)[^>]* path=\"([^\"]+)\"").matcher(
				xml.replaceAll("(?s)<!--.*?-->", ""));
		while (m.find()) {
			Path p = file.getParent().resolve(m.group(2));
			Files.createDirectories(m.group(1).equals("savedModel") ? p : p.getParent());
			if (!m.group(1).equals("savedModel")) {
				Files.writeString(p, "");
			}
		}
		Study study = StudyRunner.loadValid(file, null);
		StudyPlan plan = StudyPlan.expand(study);
		// 2 cases × 2 variants × (baseline + 4 scale + 7 rotation + 3 noise + 3 bias)
		assertEquals(72, plan.jobs().size());
		assertEquals("case=sub-01|variant=unet-aug|rot.rz=-5", plan.jobs().get(18 + 7).key());
	}

	@Test
	void keyValuesAreStableText() {
		assertEquals("5", JobKeys.number(5));
		assertEquals("0", JobKeys.number(-0.0));
		assertEquals("-2.5", JobKeys.number(-2.5));
		assertEquals("0.1", JobKeys.number(0.1));
		assertEquals("0.3", JobKeys.number(0.1 + 0.2));
		assertEquals("0.0000001", JobKeys.number(1e-7));
		assertEquals("1000000", JobKeys.number(1e6));
		assertEquals("0.333333333333", JobKeys.number(1.0 / 3));
	}

	@Test
	void channelsShareOnePhysicalEventButNotTheirNoise() {
		long job = 987654321L;
		assertEquals(JobPipeline.perturbationSeed(job, 0, 0, "intensity"), JobPipeline.perturbationSeed(job, 0, 1, "intensity"),
				"a bias field is the same in every channel");
		assertEquals(JobPipeline.perturbationSeed(job, 1, 0, "artefact"), JobPipeline.perturbationSeed(job, 1, 2, "artefact"),
				"one movement / spike for all channels");
		org.junit.jupiter.api.Assertions.assertNotEquals(JobPipeline.perturbationSeed(job, 0, 0, "noise"),
				JobPipeline.perturbationSeed(job, 0, 1, "noise"), "noise is independent per channel");
		org.junit.jupiter.api.Assertions.assertNotEquals(JobPipeline.perturbationSeed(job, 0, 0, "intensity"),
				JobPipeline.perturbationSeed(job, 1, 0, "intensity"), "each perturbation of a factorial job has its own stream");
	}
}
