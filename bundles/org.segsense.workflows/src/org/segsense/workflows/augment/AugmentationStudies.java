// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.workflows.training.ArchitectureIds;
import org.segsense.workflows.training.TrainingServiceException;
import org.segsense.workflows.training.VariantArguments;

/**
 * Loading and reading augmentation studies: the file's study with old architecture ids migrated (each with a
 * note), the augmentation study chosen by id, the seeds of its variants, and each variant as the options of
 * {@code segsense train} ({@link #variants}, which the demo uses).
 */
public final class AugmentationStudies {

	/**
	 * A loaded study file.
	 *
	 * @param notes one sentence per migrated architecture id
	 */
	public record Loaded(Path file, Study study, List<String> notes) {
	}

	/**
	 * One variant as {@code segsense train} options.
	 *
	 * @param architecture the trainer's architecture id
	 * @param augment the built-in presets ({@code --augment})
	 * @param augmentSteps the catalogue steps ({@code --augment-step})
	 */
	public record VariantSpec(String id, String name, String architecture, String augment, List<String> augmentSteps) {
	}

	private AugmentationStudies() {
	}

	/** @throws TrainingServiceException (bad input) when the file cannot be loaded, naming the file and the fix */
	public static Loaded load(Path file) {
		Study study;
		try {
			study = StudyResources.load(file);
		} catch (StudyLoadException e) {
			throw TrainingServiceException.badInput(e.getMessage(), e);
		}
		List<String> notes = new ArrayList<>();
		for (AugmentationStudy a : study.getAugmentationStudies()) {
			for (AugmentationVariant v : a.getVariants()) {
				String migrated = ArchitectureIds.migrate(v.getArchitecture());
				if (migrated != null && !migrated.equals(v.getArchitecture())) {
					notes.add(file + ": augmentation variant '" + v.getId() + "' says architecture \"" + v.getArchitecture() + "\", the old id of \""
							+ migrated + "\"; it is read as \"" + migrated + "\" (saving the file writes the new id).");
					v.setArchitecture(migrated);
				}
			}
		}
		return new Loaded(file, study, notes);
	}

	/**
	 * @param id the augmentation study's id, or null when the file has exactly one
	 * @throws TrainingServiceException (bad input) naming the file, the ids there are and the fix
	 */
	public static AugmentationStudy select(Loaded loaded, String id) {
		List<AugmentationStudy> all = loaded.study().getAugmentationStudies();
		String ids = all.stream().map(AugmentationStudy::getId).collect(Collectors.joining(", "));
		if (all.isEmpty()) {
			throw TrainingServiceException.badInput(loaded.file() + " has no augmentation study; add an <augmentationStudies> element with"
					+ " variants (see docs/augmentation-studies.md).");
		}
		if (id == null) {
			if (all.size() > 1) {
				throw TrainingServiceException.badInput(loaded.file() + " has " + all.size() + " augmentation studies (" + ids
						+ "); choose one with --augmentation-study ID.");
			}
			return all.get(0);
		}
		return all.stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow(() -> TrainingServiceException.badInput(loaded.file()
				+ " has no augmentation study '" + id + "'; it has " + ids + ". Choose one of them with --augmentation-study."));
	}

	/**
	 * The seeds a variant is trained with: {@code count} seeds from the first model seed on (the augmentation
	 * study's first seed, else the variant's seed), or with {@code count} null the model's seeds (the
	 * augmentation study's list, else the variant's own seed).
	 */
	public static List<Long> seeds(AugmentationStudy study, AugmentationVariant variant, Integer count) {
		if (count == null) {
			return study.getSeeds().isEmpty() ? List.of(variant.getSeed()) : List.copyOf(study.getSeeds());
		}
		if (count < 1) {
			throw TrainingServiceException.badInput("--seeds must be at least 1, not " + count + ".");
		}
		if (study.getSeeds().size() >= count) {
			return List.copyOf(study.getSeeds().subList(0, count));
		}
		long first = study.getSeeds().isEmpty() ? variant.getSeed() : study.getSeeds().get(0);
		List<Long> seeds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			seeds.add(first + i);
		}
		return seeds;
	}

	/** @return the variants of augmentation study {@code id} of {@code file} as {@code segsense train} options */
	public static List<VariantSpec> variants(Path file, String id) {
		Loaded loaded = load(file);
		List<VariantSpec> specs = new ArrayList<>();
		for (AugmentationVariant v : select(loaded, id).getVariants()) {
			specs.add(new VariantSpec(v.getId(), v.getName() == null ? v.getId() : v.getName(), v.getArchitecture(),
					VariantArguments.augment(v), VariantArguments.augmentSteps(v)));
		}
		return specs;
	}
}
