// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.augment;

import org.osgi.service.component.annotations.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.io.StudyResources;
import org.segsense.model.io.StudySaveException;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.train.TrainingCase;
import org.segsense.train.TrainingOptions;
import org.segsense.workflows.training.TrainingServiceImpl;
import org.segsense.workflows.training.TrainingEvents;
import org.segsense.workflows.training.TrainingResult;
import org.segsense.workflows.training.TrainingService;
import org.segsense.workflows.training.TrainingServiceException;
import org.segsense.workflows.training.TractSegVariant;
import org.segsense.workflows.training.VariantArguments;

/**
 * The {@link AugmentationStudyService}. Order of work: load and select (errors before any training), build every
 * variant's options and settings hash (so a bad variant fails before hours of training), then per variant × seed
 * reuse or train into {@code FOLDER.partial} and move it into place once its record is written, and save the study
 * after each network (a cancelled or failed run keeps what it finished).
 */
@Component(service = AugmentationStudyService.class)
public final class AugmentationStudyServiceImpl implements AugmentationStudyService {

	/** Trains one planned network into a folder. */
	private interface Training {
		TrainingResult train(Path out, IProgressMonitor monitor, TrainingEvents events);
	}

	/**
	 * A network to train or reuse.
	 *
	 * @param labelNames the names of label values 1 … K (tractseg: the bundles), or null to name them as before
	 */
	private record Planned(AugmentationVariant variant, long seed, List<Case> cases, Training training, String hash, Path dir,
			List<String> labelNames) {
	}

	private final TrainingService training;
	private final Supplier<PerturbationCatalog> catalog;

	/** With the default training service (for OSGi DS and the command line). */
	public AugmentationStudyServiceImpl() {
		this(new TrainingServiceImpl());
	}

	/** @param training trains the 3-D architectures (tractseg variants train through {@link TractSegVariant}) */
	public AugmentationStudyServiceImpl(TrainingService training) {
		this.training = Objects.requireNonNull(training, "training");
		this.catalog = PerturbationCatalog::installed;
	}

	@Override
	public AugmentResult run(AugmentRequest request, IProgressMonitor monitor, AugmentationEvents events) {
		AugmentationEvents ev = events == null ? AugmentationEvents.NONE : events;
		Path file = request.studyFile().toAbsolutePath().normalize();
		AugmentationStudies.Loaded loaded = AugmentationStudies.load(file);
		loaded.notes().forEach(ev::note);
		List<String> notes = new ArrayList<>(loaded.notes());
		AugmentationStudy aug = AugmentationStudies.select(loaded, request.augmentationStudy());
		if (aug.getVariants().isEmpty()) {
			throw TrainingServiceException.badInput(file + ": augmentation study '" + aug.getId() + "' has no variant; add <variants> to it.");
		}
		Path project = file.getParent();
		String device = request.device() == null ? "cpu" : request.device();
		int threads = request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();

		List<Planned> plan = new ArrayList<>();
		List<Long> allSeeds = new ArrayList<>();
		for (AugmentationVariant v : aug.getVariants()) {
			TractSegVariant tractseg = TractSegVariant.isTractSeg(v) ? loadTractSeg(v, project, file, threads, device) : null;
			List<TrainingCase> cases = tractseg == null ? loadCases(v, project, file) : null;
			for (long seed : AugmentationStudies.seeds(aug, v, request.seeds())) {
				if (!allSeeds.contains(seed)) {
					allSeeds.add(seed);
				}
				Training t;
				if (tractseg != null) {
					t = (out, m, e) -> tractseg.train(seed, out, m, e);
				} else {
					TrainingOptions o;
					try {
						o = training.options(v, seed, TrainingServiceImpl.spacing(cases), threads, device);
					} catch (TrainingServiceException e) {
						throw TrainingServiceException.badInput(file + ": " + e.getMessage(), e);
					}
					t = (out, m, e) -> training.train(cases, o, out, m, e);
				}
				String hash = SettingsHash.of(v, seed, casesOf(v), project, threads, device);
				plan.add(new Planned(v, seed, casesOf(v), t, hash, project.resolve(StudyModels.modelFolder(aug, v, seed)),
						tractseg == null ? null : tractseg.bundleNames()));
			}
		}

		SubMonitor sub = SubMonitor.convert(monitor, "Augmentation study " + aug.getId(), plan.size());
		List<TrainedVariant> done = new ArrayList<>();
		boolean saved = false;
		for (int i = 0; i < plan.size(); i++) {
			Planned p = plan.get(i);
			ev.modelStarted(p.variant().getId(), p.seed(), i + 1, plan.size());
			TrainingRecord record = TrainingRecord.read(p.dir());
			boolean complete = record != null && Files.isRegularFile(p.dir().resolve("saved_model.pb"));
			TrainedVariant t;
			if (complete && !request.force() && p.hash().equals(record.settingsHash())) {
				sub.split(1);
				t = trained(aug, p, record, true);
			} else {
				if (complete && !request.force()) {
					String note = "variant " + p.variant().getId() + " seed " + p.seed() + ": its settings or training data changed since "
							+ record.trainedAt() + "; training it again.";
					notes.add(note);
					ev.note(note);
				}
				record = train(aug, p, sub.split(1), ev);
				t = trained(aug, p, record, false);
			}
			done.add(t);
			if (StudyModels.put(loaded.study(), aug, p.variant(), p.seed(), record.labelValues(), p.labelNames()) || !loaded.notes().isEmpty() && !saved) {
				save(loaded, file);
				saved = true;
			}
			ev.modelDone(t);
		}
		return new AugmentResult(file, loaded.study().getId(), aug.getId(), allSeeds, done, notes, saved);
	}

	private TractSegVariant loadTractSeg(AugmentationVariant v, Path project, Path file, int threads, String device) {
		try {
			return TractSegVariant.load(v, project, threads, device, catalog.get());
		} catch (TrainingServiceException e) {
			throw new TrainingServiceException(e.badInput(), file + ": " + e.getMessage(), e);
		}
	}

	private List<TrainingCase> loadCases(AugmentationVariant v, Path project, Path file) {
		try {
			return training.cases(v, project);
		} catch (TrainingServiceException e) {
			throw new TrainingServiceException(e.badInput(), file + ": " + e.getMessage(), e);
		}
	}

	private static List<Case> casesOf(AugmentationVariant v) {
		if (!v.getTrainingCases().isEmpty()) {
			return List.copyOf(v.getTrainingCases());
		}
		org.segsense.model.Study study = (org.segsense.model.Study) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(v);
		return study.getCases().stream().filter(c -> c.getLabelImage() != null).toList();
	}

	private TrainingRecord train(AugmentationStudy aug, Planned p, IProgressMonitor monitor, AugmentationEvents ev) {
		Path partial = p.dir().resolveSibling(p.dir().getFileName() + ".partial");
		TrainingEvents steps = new TrainingEvents() {
			@Override
			public void started(String description) {
				ev.note(p.variant().getId() + " seed " + p.seed() + ": " + description);
			}

			@Override
			public void step(int iteration, int iterations, double loss, double elapsedSeconds) {
				ev.step(p.variant().getId(), p.seed(), iteration, iterations, loss, elapsedSeconds);
			}
		};
		try {
			deleteTree(partial);
			Files.createDirectories(partial.getParent());
			TrainingResult r = p.training().train(partial, monitor, steps);
			double[] losses = new double[r.losses().length];
			for (int i = 0; i < losses.length; i++) {
				losses[i] = r.losses()[i];
			}
			TrainingRecord record = new TrainingRecord(aug.getId(), p.variant().getId(), p.seed(), p.hash(),
					VariantArguments.trainArguments(p.variant(), p.seed()), r.cases(), r.iterations(), losses, r.finalLoss(), r.seconds(),
					r.labelValues(), r.weightsSha256(), Instant.now().toString());
			record.write(partial);
			deleteTree(p.dir());
			Files.move(partial, p.dir(), StandardCopyOption.ATOMIC_MOVE);
			return record;
		} catch (IOException e) {
			throw TrainingServiceException.failure("cannot write the model " + p.dir() + " (" + e.getMessage() + "); check the free space and"
					+ " permissions of the project's models/ folder.", e);
		}
	}

	private static TrainedVariant trained(AugmentationStudy aug, Planned p, TrainingRecord r, boolean reused) {
		return new TrainedVariant(p.variant().getId(), p.seed(), StudyModels.modelVariantId(aug, p.variant(), p.seed()), p.dir(), reused,
				r.seconds(), r.finalLoss(), r.weightsSha256(), r.settingsHash());
	}

	private static void save(AugmentationStudies.Loaded loaded, Path file) {
		try {
			StudyResources.save(loaded.study(), file);
		} catch (StudySaveException e) {
			throw TrainingServiceException.failure(e.getMessage(), e);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var s = Files.walk(dir)) {
			for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(q);
			}
		}
	}
}
