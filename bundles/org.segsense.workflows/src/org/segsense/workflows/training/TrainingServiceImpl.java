// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.training;

import org.osgi.service.component.annotations.Component;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segsense.model.AugmentationVariant;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.TractSegModel;
import org.segsense.train.TrainedModel;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingException;
import org.segsense.train.TrainingOptions;

/**
 * The {@link TrainingService}: loads the cases, builds the options, applies the model folder's overwrite policy,
 * trains through a {@link TrainerBackend} and exports the SavedModel.
 */
@Component(service = TrainingService.class)
public final class TrainingServiceImpl implements TrainingService {

	private final Supplier<PerturbationCatalog> catalog;
	private final TrainerBackend backend;

	/** The installed perturbation catalogue and the TensorFlow trainer (for OSGi DS and the command line). */
	public TrainingServiceImpl() {
		this(PerturbationCatalog::installed, TrainerBackend.TENSORFLOW);
	}

	public TrainingServiceImpl(Supplier<PerturbationCatalog> catalog, TrainerBackend backend) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.backend = Objects.requireNonNull(backend, "backend");
	}

	@Override
	public TrainingResult train(TrainRequest request, IProgressMonitor monitor, TrainingEvents events) {
		if (TractSegTraining.isTractSeg(request.architecture())) {
			return trainTractSeg(request, catalog.get(), events);
		}
		List<TrainingCase> cases = TrainingCases.fromFiles(request.images(), request.labels());
		TrainingOptions options = RequestOptions.of(request, catalog.get(), spacing(cases));
		ModelFolder.prepare(request.out(), request.overwrite(),
				"choose a new folder for the model, or add --overwrite to replace the model in it");
		return run(cases, options, request.out(), monitor, events);
	}

	@Override
	public TrainingResult trainVariant(VariantRequest request, IProgressMonitor monitor, TrainingEvents events) {
		if (TractSegVariant.isTractSeg(request.variant())) {
			TractSegVariant t = TractSegVariant.load(request.variant(), request.projectDir(),
					request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors(), request.device(), catalog.get());
			ModelFolder.prepare(request.out(), true, "");
			return t.train(request.seed(), request.out(), monitor, events);
		}
		List<TrainingCase> cases = TrainingCases.fromModel(request.variant(), request.projectDir());
		TrainingOptions options = options(request.variant(), request.seed(), spacing(cases), request.threads(), request.device());
		ModelFolder.prepare(request.out(), true, "");
		return run(cases, options, request.out(), monitor, events);
	}

	@Override
	public TrainingOptions options(AugmentationVariant variant, long seed, double[] spacing, int threads, String device) {
		return VariantOptions.of(variant, seed, spacing, threads, device, catalog.get());
	}

	@Override
	public List<TrainingCase> cases(AugmentationVariant variant, Path projectDir) {
		return TrainingCases.fromModel(variant, projectDir);
	}

	@Override
	public TrainingResult train(List<TrainingCase> cases, TrainingOptions options, Path out, IProgressMonitor monitor, TrainingEvents events) {
		ModelFolder.prepare(out, false, "give an empty or new folder");
		return run(cases, options, out, monitor, events);
	}

	/** {@code --architecture tractseg}: a 2-D slice U-Net with one sigmoid per bundle ({@link TractSegTraining}). */
	private static TrainingResult trainTractSeg(TrainRequest request, PerturbationCatalog catalog, TrainingEvents events) {
		TrainingEvents ev = events == null ? TrainingEvents.NONE : events;
		ModelFolder.prepare(request.out(), request.overwrite(),
				"choose a new folder for the model, or add --overwrite to replace the model in it");
		ev.started(String.format(Locale.ROOT, "Training a TractSeg-like 2-D U-Net on %d case(s), %d iterations, batch %d, lr %s, seed %d",
				request.images().size(), request.iterations(), request.batch(), request.learningRate(), request.seed()));
		TractSegModel model = TractSegTraining.train(request, catalog);
		try {
			model.export(request.out());
		} catch (TrainingException e) {
			throw new TrainingServiceException(e.badInput(), e.getMessage(), e);
		}
		return TractSegTraining.result(model, request.out(), request.seed(), new int[0], request.images().stream().map(Path::toString).toList(), ev);
	}

	/** Catalogue steps work in mm on the training grid: the first case's spacing. */
	public static double[] spacing(List<TrainingCase> cases) {
		return Arrays.copyOf(cases.get(0).labels().geometry().spacing(), 3);
	}

	private TrainingResult run(List<TrainingCase> cases, TrainingOptions o, Path out, IProgressMonitor monitor, TrainingEvents events) {
		TrainingEvents ev = events == null ? TrainingEvents.NONE : events;
		ev.started(String.format(Locale.ROOT, "Training %s on %d case(s), %d iterations, patch %s, batch %d, lr %s, seed %d, augmentation %s",
				o.architecture().describe(), cases.size(), o.iterations(), Arrays.toString(o.patchSize()), o.batchSize(), o.learningRate(),
				o.seed(), o.augmentation().describe()));
		TrainedModel model;
		try {
			model = backend.train(cases, o, monitor, ev);
			model.export(out);
		} catch (TrainingException e) {
			throw new TrainingServiceException(e.badInput(), e.getMessage(), e);
		}
		return new TrainingResult(out, o.architecture().describe(), o.iterations(), o.seed(), model.finalLoss(), model.lossHistory(),
				model.trainingNanos() / 1e9, model.parameterCount(), model.labelValues(), Checksums.weights(model), model.metadata(),
				cases.stream().map(TrainingCase::name).toList());
	}

}
