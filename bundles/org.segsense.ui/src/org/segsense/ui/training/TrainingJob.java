// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segsense.model.ModelVariant;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.io.StudySaveException;
import org.segsense.workflows.augment.AugmentRequest;
import org.segsense.workflows.augment.AugmentResult;
import org.segsense.workflows.augment.AugmentationEvents;
import org.segsense.workflows.augment.AugmentationStudyService;
import org.segsense.workflows.augment.TrainedVariant;
import org.segsense.workflows.training.TrainingServiceException;

/**
 * Trains an augmentation study in the background through the {@link AugmentationStudyService} ({@code segsense
 * augment}'s service): every variant once per seed into {@code models/STUDY/VARIANT/seed-SEED/} of the project.
 *
 * <p>The editor's study (unsaved edits included) is snapshot on the UI thread and written to a hidden copy in
 * the project folder, which the service trains and adds its model variants to; the study file itself is not
 * touched (adding the networks to a study is a separate, undoable step: {@link TrainedVariants}). The copy is
 * deleted afterwards. Cancelling stops the network being trained: the service trains into
 * {@code seed-SEED.partial} and moves it into place only when its record is written, and this job removes any
 * {@code .partial} folder left behind, so no half-written model folder remains. Networks finished before the
 * cancel keep their records: training again resumes, reusing them (same settings hash) instead of retraining.
 * One training job per project at a time (its scheduling rule).
 */
final class TrainingJob extends Job {

	/** What the page hears (any thread). */
	interface Listener {
		void step(String network, int iteration, int iterations, double loss);

		void note(String text);
	}

	private final AugmentationStudyService service;
	private final Study snapshot;
	private final Path studyFile;
	private final String augmentationStudy;
	private final int threads;
	private final String device;
	private final Listener listener;
	private volatile AugmentResult result;
	private volatile List<ModelVariant> trained = List.of();

	/** Call on the UI thread: the study is copied here. */
	TrainingJob(AugmentationStudyService service, Study study, Path studyFile, String augmentationStudy, Listener listener) {
		super("Training augmentation study " + augmentationStudy);
		this.service = service;
		this.snapshot = EcoreUtil.copy(study);
		this.studyFile = studyFile.toAbsolutePath().normalize();
		this.augmentationStudy = augmentationStudy;
		this.threads = study.getExecution() == null ? 0 : Math.max(0, study.getExecution().getThreads());
		this.device = study.getExecution() == null ? "cpu" : study.getExecution().getDevice().getLiteral();
		this.listener = listener;
		setUser(true);
		setRule(new ProjectRule(this.studyFile.getParent()));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == AugmentationPage.TRAINING_FAMILY;
	}

	/** @return the service's result, or null until the job finished successfully */
	AugmentResult result() {
		return result;
	}

	/** @return the model variants the service made for each trained network (in a study copy), in variant × seed order */
	List<ModelVariant> trained() {
		return trained;
	}

	Path projectDir() {
		return studyFile.getParent();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path project = studyFile.getParent();
		Path copy = project.resolve("." + studyFile.getFileName() + ".training-" + UUID.randomUUID() + ".segsense");
		try {
			StudyResources.save(snapshot, copy);
			AugmentResult r = service.run(new AugmentRequest(copy, augmentationStudy, null, false, threads, device), monitor, new AugmentationEvents() {
				@Override
				public void note(String text) {
					listener.note(text);
				}

				@Override
				public void modelStarted(String variantId, long seed, int index, int total) {
					monitor.subTask(variantId + " seed " + seed + " (" + index + " of " + total + ")");
					listener.note("Network " + index + " of " + total + ": " + variantId + " seed " + seed);
				}

				@Override
				public void step(String variantId, long seed, int iteration, int iterations, double loss, double elapsedSeconds) {
					listener.step(variantId + " s" + seed, iteration, iterations, loss);
				}
			});
			Study after = StudyResources.load(copy);
			List<ModelVariant> models = new ArrayList<>();
			for (TrainedVariant t : r.models()) {
				after.getModelVariants().stream().filter(m -> m.getId().equals(t.modelVariantId())).findFirst().ifPresent(models::add);
			}
			trained = models;
			result = r;
			listener.note(r.trained() + " network(s) trained, " + (r.models().size() - r.trained()) + " reused.");
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			listener.note("Cancelled; the networks finished so far are kept, Train resumes with the others.");
			return Status.CANCEL_STATUS;
		} catch (TrainingServiceException | StudySaveException | StudyLoadException e) {
			listener.note(e.getMessage());
			return new Status(IStatus.ERROR, "org.segsense.ui", e.getMessage(), e);
		} finally {
			try {
				Files.deleteIfExists(copy);
				removePartials(project.resolve("models").resolve(augmentationStudy));
			} catch (IOException e) {
				listener.note("Could not clean up " + copy + " (" + e.getMessage() + ").");
			}
		}
	}

	/** Removes {@code *.partial} folders under {@code dir} (a network whose training was stopped). */
	static void removePartials(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		List<Path> partial;
		try (Stream<Path> s = Files.walk(dir, 2)) {
			partial = s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().endsWith(".partial")).toList();
		}
		for (Path p : partial) {
			try (Stream<Path> s = Files.walk(p)) {
				for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(q);
				}
			}
		}
	}

	/** Conflicts with any other training of the same project folder. */
	record ProjectRule(Path project) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof ProjectRule p && p.project().equals(project);
		}
	}
}
