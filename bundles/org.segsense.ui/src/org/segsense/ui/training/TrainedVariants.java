// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.FileReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage.Literals;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.io.StudySaveException;

/**
 * Adds trained networks to a sensitivity study as model variants, in one command: a network whose model variant
 * id ({@code STUDY-VARIANT-sSEED}) is new is added; one the study already has gets the new saved model and
 * provenance (trained-by variant, seed, augmentation), keeping what the user set on it (name, labels, tiles).
 * The saved model's path is made relative to the target study's folder; the trained-by link points to the
 * target's augmentation variant of the same ids when it has one (else it is left out).
 */
final class TrainedVariants {

	private TrainedVariants() {
	}

	/**
	 * @param trained model variants as the augmentation service made them (paths relative to {@code sourceDir})
	 * @return the command adding them to {@code target} (stored in a file in {@code targetDir})
	 */
	static Command command(EditingDomain domain, Study target, Path targetDir, List<ModelVariant> trained, Path sourceDir) {
		CompoundCommand all = new CompoundCommand("Add trained variants");
		for (ModelVariant m : trained) {
			String path = relative(sourceDir.resolve(m.getSavedModel().getPath()), targetDir);
			AugmentationVariant by = counterpart(target, m.getTrainedBy());
			ModelVariant existing = target.getModelVariants().stream().filter(x -> m.getId().equals(x.getId())).findFirst().orElse(null);
			if (existing == null) {
				ModelVariant copy = EcoreUtil.copy(m);
				copy.getSavedModel().setPath(path);
				copy.setTrainedBy(by);
				all.append(AddCommand.create(domain, target, Literals.STUDY__MODEL_VARIANTS, copy));
				continue;
			}
			FileReference ref = SegsenseFactory.eINSTANCE.createFileReference();
			ref.setPath(path);
			all.append(SetCommand.create(domain, existing, Literals.MODEL_VARIANT__SAVED_MODEL, ref));
			all.append(SetCommand.create(domain, existing, Literals.MODEL_VARIANT__TRAINED_BY, by));
			all.append(SetCommand.create(domain, existing, Literals.MODEL_VARIANT__TRAINING_SEED, m.getTrainingSeed()));
			all.append(SetCommand.create(domain, existing, Literals.MODEL_VARIANT__TRAINING_AUGMENTATION,
					m.getTrainingAugmentation() == null ? null : EcoreUtil.copy(m.getTrainingAugmentation())));
			if (existing.getLabels().isEmpty() && !m.getLabels().isEmpty()) {
				all.append(AddCommand.create(domain, existing, Literals.MODEL_VARIANT__LABELS, EcoreUtil.copyAll(m.getLabels())));
			}
		}
		return all;
	}

	/** Adds the networks to the study of a file that no editor has open, and saves it. */
	static void addToFile(Path file, List<ModelVariant> trained, Path sourceDir) throws StudyLoadException, StudySaveException {
		Study target = StudyResources.load(file);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			EditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
			domain.getCommandStack().execute(command(domain, target, file.toAbsolutePath().getParent(), trained, sourceDir));
			StudyResources.save(target, file);
		} finally {
			factory.dispose();
		}
	}

	static String relative(Path model, Path targetDir) {
		return targetDir.toAbsolutePath().normalize().relativize(model.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	/** @return the target's augmentation variant with the same study and variant ids as {@code v}, or null */
	private static AugmentationVariant counterpart(Study target, AugmentationVariant v) {
		if (v == null || !(v.eContainer() instanceof AugmentationStudy a)) {
			return null;
		}
		return target.getAugmentationStudies().stream().filter(x -> a.getId().equals(x.getId())).flatMap(x -> x.getVariants().stream())
				.filter(x -> v.getId().equals(x.getId())).findFirst().orElse(null);
	}
}
