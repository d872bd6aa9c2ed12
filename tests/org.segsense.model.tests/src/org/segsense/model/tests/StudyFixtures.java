// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.Device;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.FactorialDesign;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.LabelDefinition;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.ParameterRange;
import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.RunRecord;
import org.segsense.model.RunStatus;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.SweepSpacing;
import org.segsense.model.TrainingSettings;
import org.segsense.model.validation.ParameterCatalog;
import org.segsense.model.validation.ParameterCatalog.ParameterBounds;

/**
 * Builds a study that uses every class and feature of the model and passes validation, plus the project
 * files it refers to.
 */
public final class StudyFixtures {

    public static final String CHECKSUM = "sha256:" + "0123456789abcdef".repeat(4);

    private static final SegsenseFactory F = SegsenseFactory.eINSTANCE;

    private StudyFixtures() {
    }

    /** The perturbations the fully populated study uses, with bounds. */
    public static ParameterCatalog catalog() {
        Map<String, Map<String, ParameterBounds>> types = new LinkedHashMap<>();
        Map<String, ParameterBounds> noise = new LinkedHashMap<>();
        noise.put("sigma", new ParameterBounds(0, 1, "fraction of SD"));
        noise.put("mean", new ParameterBounds(-1, 1, "fraction of SD"));
        types.put("gaussian_noise", noise);
        Map<String, ParameterBounds> rotation = new LinkedHashMap<>();
        rotation.put("angle", new ParameterBounds(-45, 45, "degrees"));
        rotation.put("axis", null); // categorical
        types.put("rotation", rotation);
        types.put("gaussian_blur", Map.of("sigma", new ParameterBounds(0, 10, "mm")));
        return ParameterCatalog.of(types);
    }

    /** Creates the files the full study refers to under {@code projectDirectory}. */
    public static void createProjectFiles(Path projectDirectory) throws IOException {
        for (String file : List.of("images/c1_t1.nii.gz", "images/c1_flair.nii.gz", "images/c2_t1.nii.gz", "images/c2_flair.nii.gz",
                "labels/c1.nii.gz", "labels/c2.nii.gz", "masks/c1_brain.nii.gz")) {
            Path path = projectDirectory.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, new byte[] { 1, 2, 3 });
        }
        for (String model : List.of("models/m1", "models/m2", "models/m3")) {
            Files.createDirectories(projectDirectory.resolve(model).resolve("variables"));
            Files.write(projectDirectory.resolve(model).resolve("saved_model.pb"), new byte[] { 0 });
        }
    }

    /** A valid study using every class and every feature of the model. */
    public static Study fullStudy() {
        Study study = F.createStudy();
        study.setId("s1");
        study.setName("Noise and rotation sensitivity – Études ü");
        study.setDescription("Fully populated study for tests.\nSecond line & <markup>.");
        study.setSeed(7L);

        study.getCases().add(newCase("c1", true));
        study.getCases().add(newCase("c2", false));

        ModelVariant m1 = modelVariant("m1");
        ModelVariant m2 = modelVariant("m2");
        ModelVariant m3 = modelVariant("m3");
        study.getModelVariants().addAll(List.of(m1, m2, m3));

        PerturbationAxis noise = F.createPerturbationAxis();
        noise.setId("noise");
        noise.setName("Gaussian noise");
        noise.setPerturbationType("gaussian_noise");
        noise.getFixedParameters().add(parameter("mean", "0"));
        noise.setSweptParameter("sigma");
        ExplicitSweep values = F.createExplicitSweep();
        values.getValues().addAll(List.of(0.0, 0.05, 0.1, 0.2));
        noise.setSweep(values);
        noise.setUnit("fraction of SD");

        PerturbationAxis rotation = F.createPerturbationAxis();
        rotation.setId("rot");
        rotation.setName("Rotation about z");
        rotation.setPerturbationType("rotation");
        rotation.getFixedParameters().add(parameter("axis", "z"));
        rotation.setSweptParameter("angle");
        RangeSweep range = F.createRangeSweep();
        range.setStart(-30);
        range.setStop(30);
        range.setSteps(7);
        range.setSpacing(SweepSpacing.LINEAR);
        rotation.setSweep(range);
        rotation.setUnit("degrees");
        PerturbationAxis blur = F.createPerturbationAxis();
        blur.setId("blur");
        blur.setName("Gaussian blur");
        blur.setPerturbationType("gaussian_blur");
        blur.setSweptParameter("sigma");
        RangeSweep logRange = F.createRangeSweep();
        logRange.setStart(0.25);
        logRange.setStop(4);
        logRange.setSteps(5);
        logRange.setSpacing(SweepSpacing.LOG);
        blur.setSweep(logRange);
        blur.setUnit("mm");
        study.getAxes().addAll(List.of(noise, rotation, blur));

        FactorialDesign design = F.createFactorialDesign();
        design.getAxes().addAll(List.of(noise, rotation));
        study.setDesign(design);

        MultiLabelStapleReference reference = F.createMultiLabelStapleReference();
        reference.getRaters().addAll(List.of(m1, m2));
        reference.setUndecidedLabel(255);
        reference.setTerminationThreshold(1e-6);
        reference.setMaxIterations(100);
        reference.setScoreAgainstTruth(true);
        study.setReference(reference);

        study.getMetrics().add(metric("dice", "dice"));
        study.getMetrics().add(metric("hd95", "hd95"));
        MetricSpec nsd = metric("nsd", "nsd");
        nsd.getParameters().add(parameter("tolerance", "2"));
        nsd.getLabels().add(1);
        study.getMetrics().add(nsd);
        study.setEvaluationSpace(EvaluationSpace.MAP_PREDICTION_BACK);
        study.setAggregation(org.segsense.model.AggregationPolicy.WORST_CASE);
        study.setWorstValue(250.0);

        ExecutionSettings execution = F.createExecutionSettings();
        execution.setThreads(4);
        execution.setDevice(Device.CPU);
        execution.setInferenceThreads(2);
        execution.setCpuThreads(3);
        execution.setShards(8);
        execution.setImageBackend("simpleitk");
        study.setExecution(execution);

        AugmentationStudy augmentation = F.createAugmentationStudy();
        augmentation.setId("aug");
        augmentation.setName("Rotation augmentation");
        augmentation.setDescription("Does rotation augmentation flatten the rotation curve?");
        AugmentationVariant a1 = augmentationVariant("a1", 1L, study.getCases().get(0));
        AugmentationVariant a2 = augmentationVariant("a2", 2L, null);
        a2.setAugmentation(null);
        augmentation.getVariants().addAll(List.of(a1, a2));
        study.getAugmentationStudies().add(augmentation);
        augmentation.getSeeds().addAll(List.of(1L, 2L));
        m1.setTrainedBy(a1);
        m1.setTrainingSeed(1L);

        RunRecord run = F.createRunRecord();
        run.setId("r1");
        run.setStart(Date.from(Instant.parse("2026-01-02T03:04:05.678Z")));
        run.setEnd(Date.from(Instant.parse("2026-01-02T04:00:00Z")));
        run.setStatus(RunStatus.FAILED);
        run.setSeed(7L);
        run.getEnvironment().put("java.version", "17.0.15");
        run.getEnvironment().put("segsense.version", "0.1.0");
        run.setResultsLocation("runs/r1");
        run.setMessage("Cancelled: disk full");
        study.getRuns().add(run);
        return study;
    }

    private static Case newCase(String id, boolean withRoi) {
        Case aCase = F.createCase();
        aCase.setId(id);
        aCase.setDescription("Subject " + id);
        aCase.getChannels().add(channel("T1", "images/" + id + "_t1.nii.gz"));
        aCase.getChannels().add(channel("FLAIR", "images/" + id + "_flair.nii.gz"));
        aCase.setLabelImage(file("labels/" + id + ".nii.gz"));
        if (withRoi) {
            aCase.setRoiMask(file("masks/" + id + "_brain.nii.gz"));
        }
        return aCase;
    }

    private static ImageChannel channel(String name, String path) {
        ImageChannel channel = F.createImageChannel();
        channel.setName(name);
        channel.setPath(path);
        channel.setChecksum(CHECKSUM);
        return channel;
    }

    public static FileReference file(String path) {
        FileReference file = F.createFileReference();
        file.setPath(path);
        file.setChecksum(CHECKSUM);
        return file;
    }

    private static ModelVariant modelVariant(String id) {
        ModelVariant variant = F.createModelVariant();
        variant.setId(id);
        variant.setName("U-Net " + id);
        variant.setDescription("Trained on BraTS");
        variant.setSavedModel(file("models/" + id));
        variant.setSignatureKey("predict");
        variant.setInputTensor("input_1");
        variant.setOutputTensor("softmax");
        variant.getTileSize().addAll(List.of(96, 96, 64));
        variant.getTileOverlap().add(16);
        variant.setNormalization(NormalizationMethod.ZSCORE_NONZERO);
        variant.getLabels().add(label(0, "background", "#000000"));
        variant.getLabels().add(label(1, "tumour", "#FF8800"));
        AugmentationPipeline pipeline = F.createAugmentationPipeline();
        pipeline.getSteps().add(step("rotation", 0.5, "angle", -10, 10));
        variant.setTrainingAugmentation(pipeline);
        return variant;
    }

    private static LabelDefinition label(int value, String name, String colour) {
        LabelDefinition label = F.createLabelDefinition();
        label.setValue(value);
        label.setName(name);
        label.setColour(colour);
        return label;
    }

    private static AugmentationStep step(String type, double probability, String parameter, double minimum, double maximum) {
        AugmentationStep step = F.createAugmentationStep();
        step.setPerturbationType(type);
        step.setProbability(probability);
        ParameterRange range = F.createParameterRange();
        range.setName(parameter);
        range.setMinimum(minimum);
        range.setMaximum(maximum);
        step.getRanges().add(range);
        return step;
    }

    private static AugmentationVariant augmentationVariant(String id, long seed, Case trainingCase) {
        AugmentationVariant variant = F.createAugmentationVariant();
        variant.setId(id);
        variant.setName("Variant " + id);
        variant.setArchitecture("unet3d");
        variant.setSeed(seed);
        TrainingSettings training = F.createTrainingSettings();
        training.setEpochs(50);
        training.setBatchSize(4);
        training.setLearningRate(3e-4);
        training.setOptimizer("sgd");
        training.setLoss("dice_cross_entropy");
        training.getPatchSize().addAll(List.of(96, 96, 64));
        training.setValidationFraction(0.25);
        training.setIterations(300);
        training.setBaseFilters(16);
        training.setDepth(3);
        training.setDiceWeight(0.5);
        training.setForegroundFraction(0.4);
        training.setNormalization("percentile-zscore");
        variant.setTraining(training);
        AugmentationPipeline pipeline = F.createAugmentationPipeline();
        pipeline.setBuiltIn("intensity+flip");
        pipeline.getSteps().add(step("rotation", 0.75, "angle", -30, 30));
        pipeline.getSteps().add(step("gaussian_noise", 0.2, "sigma", 0, 0.1));
        variant.setAugmentation(pipeline);
        if (trainingCase != null) {
            variant.getTrainingCases().add(trainingCase);
        }
        return variant;
    }

    private static MetricSpec metric(String id, String type) {
        MetricSpec metric = F.createMetricSpec();
        metric.setId(id);
        metric.setMetricType(type);
        return metric;
    }

    public static ParameterValue parameter(String name, String value) {
        ParameterValue parameter = F.createParameterValue();
        parameter.setName(name);
        parameter.setValue(value);
        return parameter;
    }
}
