// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.Case;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.FactorialDesign;
import org.segsense.model.MajorityVoteReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.SweepSpacing;
import org.segsense.model.io.StudyResources;
import org.segsense.model.tests.StudyFixtures;

/**
 * Every SegSense validation rule, with at least one change of the valid fixture that breaks it and one
 * situation in which it is checked and passes.
 */
class StudyValidationTest {

    private static final SegsenseFactory F = SegsenseFactory.eINSTANCE;

    @TempDir
    static Path project;

    @BeforeAll
    static void createProject() throws IOException {
        StudyFixtures.createProjectFiles(project);
    }

    /** One way to change the valid study, and what validation must say about a rule afterwards. */
    record Scenario(String description, String rule, boolean fails, Problem.Severity severity, String path, Consumer<Study> change) {
        @Override
        public String toString() {
            return rule + (fails ? " fails: " : " passes: ") + description;
        }
    }

    static Scenario failing(String rule, String description, String path, Consumer<Study> change) {
        return new Scenario(description, rule, true, Problem.Severity.ERROR, path, change);
    }

    static Scenario warning(String rule, String description, String path, Consumer<Study> change) {
        return new Scenario(description, rule, true, Problem.Severity.WARNING, path, change);
    }

    static Scenario passing(String rule, String description, Consumer<Study> change) {
        return new Scenario(description, rule, false, null, null, change);
    }

    static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        String s = "/study[id=s1]";
        // Identified
        all.add(failing("Identified.validId", "id with a space", s + "/cases[0]/id", st -> aCase(st, "c1").setId("c 1")));
        all.add(failing("Identified.validId", "missing id", s + "/modelVariants[2]/id", st -> variant(st, "m3").setId(null)));
        all.add(passing("Identified.validId", "dots, dashes and underscores", st -> aCase(st, "c1").setId("sub-01_ses.2")));
        // Study
        all.add(failing("Study.hasCases", "no cases", s + "/cases", st -> List.copyOf(st.getCases()).forEach(EcoreUtil::delete)));
        all.add(failing("Study.hasModelVariants", "no model variants", s + "/modelVariants",
                st -> List.copyOf(st.getModelVariants()).forEach(EcoreUtil::delete)));
        all.add(warning("Study.hasMetrics", "no metrics", s + "/metrics", st -> st.getMetrics().clear()));
        all.add(failing("Study.hasReference", "no reference", s + "/reference", st -> st.setReference(null)));
        all.add(failing("Study.uniqueIds", "two cases c1", s + "/cases[1]/id", st -> aCase(st, "c2").setId("c1")));
        all.add(failing("Study.uniqueIds", "two axes noise", s + "/axes[1]/id", st -> axis(st, "rot").setId("noise")));
        all.add(failing("Study.uniqueIds", "two metrics dice", s + "/metrics[1]/id", st -> st.getMetrics().get(1).setId("dice")));
        all.add(passing("Study.uniqueIds", "same id in different lists", st -> aCase(st, "c1").setId("m1")));
        all.add(failing("Study.validWorstValue", "worst value 0 mm", s + "/worstValue", st -> {
            st.setAggregation(org.segsense.model.AggregationPolicy.WORST_CASE);
            st.setWorstValue(0.0);
        }));
        all.add(failing("Study.validWorstValue", "worst value NaN", s + "/worstValue", st -> {
            st.setAggregation(org.segsense.model.AggregationPolicy.WORST_CASE);
            st.setWorstValue(Double.NaN);
        }));
        all.add(warning("Study.validWorstValue", "worst value with exclude", s + "/worstValue", st -> {
            st.setAggregation(org.segsense.model.AggregationPolicy.EXCLUDE);
            st.setWorstValue(300.0);
        }));
        all.add(passing("Study.validWorstValue", "worst value 300 mm with worstCase", st -> {
            st.setAggregation(org.segsense.model.AggregationPolicy.WORST_CASE);
            st.setWorstValue(300.0);
        }));
        // Case
        all.add(failing("Case.hasChannels", "no channels", s + "/cases[id=c2]/channels", st -> aCase(st, "c2").getChannels().clear()));
        all.add(failing("Case.uniqueChannelNames", "two T1 channels", s + "/cases[id=c1]/channels[1]/name",
                st -> aCase(st, "c1").getChannels().get(1).setName("T1")));
        all.add(failing("Case.uniqueChannelNames", "unnamed channel", s + "/cases[id=c1]/channels[0]/name",
                st -> aCase(st, "c1").getChannels().get(0).setName("")));
        // FileReference
        all.add(failing("FileReference.validPath", "empty path", s + "/cases[id=c1]/labelImage/path",
                st -> aCase(st, "c1").getLabelImage().setPath("")));
        all.add(warning("FileReference.validPath", "absolute path", s + "/cases[id=c1]/roiMask/path",
                st -> aCase(st, "c1").getRoiMask().setPath(project.resolve("masks/c1_brain.nii.gz").toString())));
        all.add(failing("FileReference.checksumFormat", "md5 checksum", s + "/modelVariants[id=m1]/savedModel/checksum",
                st -> variant(st, "m1").getSavedModel().setChecksum("md5:abc")));
        all.add(passing("FileReference.checksumFormat", "no checksum", st -> variant(st, "m1").getSavedModel().setChecksum(null)));
        all.add(failing("FileReference.fileExists", "missing label image", s + "/cases[id=c2]/labelImage",
                st -> aCase(st, "c2").getLabelImage().setPath("labels/c2_missing.nii.gz")));
        all.add(failing("FileReference.fileExists", "missing channel", s + "/cases[id=c1]/channels[name=FLAIR]",
                st -> aCase(st, "c1").getChannels().get(1).setPath("images/nope.nii.gz")));
        // ModelVariant and labels
        all.add(failing("ModelVariant.hasSavedModel", "no SavedModel", s + "/modelVariants[id=m3]/savedModel",
                st -> variant(st, "m3").setSavedModel(null)));
        all.add(failing("ModelVariant.validTiling", "overlap equals tile size", s + "/modelVariants[id=m1]/tileOverlap",
                st -> variant(st, "m1").getTileOverlap().set(0, 64)));
        all.add(failing("ModelVariant.validTiling", "zero tile size", s + "/modelVariants[id=m1]/tileSize",
                st -> variant(st, "m1").getTileSize().set(1, 0)));
        all.add(failing("ModelVariant.validTiling", "two overlaps for three axes", s + "/modelVariants[id=m1]/tileOverlap",
                st -> variant(st, "m1").getTileOverlap().add(8)));
        all.add(failing("ModelVariant.validTiling", "overlap without tile size", s + "/modelVariants[id=m1]/tileOverlap",
                st -> variant(st, "m1").getTileSize().clear()));
        all.add(passing("ModelVariant.validTiling", "overlap per axis, just below the size", st -> {
            variant(st, "m1").getTileOverlap().clear();
            variant(st, "m1").getTileOverlap().addAll(List.of(95, 0, 63));
        }));
        all.add(passing("ModelVariant.validTiling", "no tiling", st -> {
            variant(st, "m1").getTileOverlap().clear();
            variant(st, "m1").getTileSize().clear();
        }));
        all.add(failing("ModelVariant.uniqueLabelValues", "label 1 twice", s + "/modelVariants[id=m2]/labels[1]/value",
                st -> variant(st, "m2").getLabels().get(0).setValue(1)));
        all.add(failing("ModelVariant.uniqueLabelValues", "negative label", s + "/modelVariants[id=m2]/labels[value=-1]/value",
                st -> variant(st, "m2").getLabels().get(0).setValue(-1)));
        all.add(failing("LabelDefinition.validColour", "colour name", s + "/modelVariants[id=m1]/labels[value=1]/colour",
                st -> variant(st, "m1").getLabels().get(1).setColour("orange")));
        all.add(passing("LabelDefinition.validColour", "no colour", st -> variant(st, "m1").getLabels().get(1).setColour(null)));
        // Augmentation steps and parameters
        all.add(failing("AugmentationStep.probabilityInRange", "probability 1.5",
                s + "/modelVariants[id=m1]/trainingAugmentation/steps[0]/probability",
                st -> step(st).setProbability(1.5)));
        all.add(failing("AugmentationStep.probabilityInRange", "negative probability", null, st -> step(st).setProbability(-0.1)));
        all.add(passing("AugmentationStep.probabilityInRange", "probabilities 0 and 1", st -> {
            step(st).setProbability(0);
            variant(st, "m2").getTrainingAugmentation().getSteps().get(0).setProbability(1);
        }));
        all.add(failing("AugmentationStep.knownPerturbation", "type not installed",
                s + "/modelVariants[id=m1]/trainingAugmentation/steps[0]/perturbationType", st -> step(st).setPerturbationType("warp")));
        all.add(failing("AugmentationStep.knownPerturbation", "unknown parameter", null, st -> step(st).getRanges().get(0).setName("degrees")));
        all.add(failing("AugmentationStep.knownPerturbation", "no type", null, st -> step(st).setPerturbationType(" ")));
        all.add(failing("AugmentationStep.rangesWithinBounds", "range beyond 45 degrees",
                s + "/modelVariants[id=m1]/trainingAugmentation/steps[0]/ranges[0]/minimum", st -> step(st).getRanges().get(0).setMinimum(-90)));
        all.add(passing("AugmentationStep.rangesWithinBounds", "range equal to the bounds", st -> {
            step(st).getRanges().get(0).setMinimum(-45);
            step(st).getRanges().get(0).setMaximum(45);
        }));
        all.add(failing("ParameterRange.orderedBounds", "minimum above maximum", null, st -> {
            step(st).getRanges().get(0).setMinimum(10);
            step(st).getRanges().get(0).setMaximum(-10);
        }));
        all.add(failing("ParameterRange.orderedBounds", "unnamed", null, st -> step(st).getRanges().get(0).setName(null)));
        all.add(passing("ParameterRange.orderedBounds", "minimum equals maximum", st -> {
            step(st).getRanges().get(0).setMinimum(5);
            step(st).getRanges().get(0).setMaximum(5);
        }));
        all.add(failing("ParameterValue.hasName", "unnamed metric parameter", s + "/metrics[id=nsd]/parameters[0]/name",
                st -> st.getMetrics().get(2).getParameters().get(0).setName("")));
        // Perturbation axes and sweeps
        all.add(failing("PerturbationAxis.hasSweep", "no sweep", s + "/axes[id=noise]/sweep", st -> axis(st, "noise").setSweep(null)));
        all.add(failing("PerturbationAxis.hasSweep", "no swept parameter", s + "/axes[id=noise]/sweptParameter",
                st -> axis(st, "noise").setSweptParameter(null)));
        all.add(failing("PerturbationAxis.knownPerturbation", "type not installed", s + "/axes[id=rot]/perturbationType",
                st -> axis(st, "rot").setPerturbationType("rotate")));
        all.add(failing("PerturbationAxis.knownPerturbation", "unknown swept parameter", s + "/axes[id=rot]/perturbationType",
                st -> axis(st, "rot").setSweptParameter("degrees")));
        all.add(failing("PerturbationAxis.knownPerturbation", "unknown fixed parameter", null,
                st -> axis(st, "noise").getFixedParameters().add(StudyFixtures.parameter("seed", "3"))));
        all.add(failing("PerturbationAxis.knownPerturbation", "no type", null, st -> axis(st, "noise").setPerturbationType(null)));
        all.add(failing("PerturbationAxis.valuesInRange", "explicit value above the bound", s + "/axes[id=noise]/sweep",
                st -> ((ExplicitSweep) axis(st, "noise").getSweep()).getValues().add(1.5)));
        all.add(failing("PerturbationAxis.valuesInRange", "range beyond 45 degrees", s + "/axes[id=rot]/sweep",
                st -> ((RangeSweep) axis(st, "rot").getSweep()).setStop(60)));
        all.add(failing("PerturbationAxis.valuesInRange", "fixed value out of bounds", s + "/axes[id=noise]/fixedParameters[0]/value",
                st -> axis(st, "noise").getFixedParameters().get(0).setValue("5")));
        all.add(failing("PerturbationAxis.valuesInRange", "fixed value not a number", s + "/axes[id=noise]/fixedParameters[0]/value",
                st -> axis(st, "noise").getFixedParameters().get(0).setValue("high")));
        all.add(passing("PerturbationAxis.valuesInRange", "sweep on the bounds", st -> {
            ((RangeSweep) axis(st, "rot").getSweep()).setStart(-45);
            ((RangeSweep) axis(st, "rot").getSweep()).setStop(45);
        }));
        all.add(failing("ExplicitSweep.notEmpty", "no values", s + "/axes[id=noise]/sweep/values",
                st -> ((ExplicitSweep) axis(st, "noise").getSweep()).getValues().clear()));
        all.add(failing("ExplicitSweep.notEmpty", "NaN value", null,
                st -> ((ExplicitSweep) axis(st, "noise").getSweep()).getValues().add(Double.NaN)));
        all.add(passing("ExplicitSweep.notEmpty", "a single value", st -> {
            ((ExplicitSweep) axis(st, "noise").getSweep()).getValues().clear();
            ((ExplicitSweep) axis(st, "noise").getSweep()).getValues().add(0.1);
        }));
        all.add(failing("RangeSweep.enoughSteps", "one step from -30 to 30", s + "/axes[id=rot]/sweep/steps",
                st -> ((RangeSweep) axis(st, "rot").getSweep()).setSteps(1)));
        all.add(failing("RangeSweep.enoughSteps", "zero steps", null, st -> ((RangeSweep) axis(st, "rot").getSweep()).setSteps(0)));
        all.add(failing("RangeSweep.enoughSteps", "infinite stop", null,
                st -> ((RangeSweep) axis(st, "rot").getSweep()).setStop(Double.POSITIVE_INFINITY)));
        all.add(passing("RangeSweep.enoughSteps", "one step where start equals stop", st -> {
            RangeSweep sweep = (RangeSweep) axis(st, "rot").getSweep();
            sweep.setStart(10);
            sweep.setStop(10);
            sweep.setSteps(1);
        }));
        all.add(passing("RangeSweep.enoughSteps", "two steps", st -> ((RangeSweep) axis(st, "rot").getSweep()).setSteps(2)));
        all.add(failing("RangeSweep.logNeedsPositiveBounds", "log from -30", s + "/axes[id=rot]/sweep/spacing",
                st -> ((RangeSweep) axis(st, "rot").getSweep()).setSpacing(SweepSpacing.LOG)));
        all.add(passing("RangeSweep.logNeedsPositiveBounds", "log from 1 to 30", st -> {
            RangeSweep sweep = (RangeSweep) axis(st, "rot").getSweep();
            sweep.setSpacing(SweepSpacing.LOG);
            sweep.setStart(1);
        }));
        // Design
        all.add(warning("FactorialDesign.enoughAxes", "one axis", s + "/design/axes",
                st -> ((FactorialDesign) st.getDesign()).getAxes().remove(1)));
        all.add(passing("FactorialDesign.enoughAxes", "all axes of the study by default",
                st -> ((FactorialDesign) st.getDesign()).getAxes().clear()));
        // References
        all.add(failing("GroundTruthReference.casesHaveLabels", "case without label image", s + "/cases[id=c2]/labelImage", st -> {
            st.setReference(F.createGroundTruthReference());
            aCase(st, "c2").setLabelImage(null);
        }));
        all.add(passing("GroundTruthReference.casesHaveLabels", "every case labelled", st -> st.setReference(F.createGroundTruthReference())));
        all.add(failing("ConsensusReference.enoughRaters", "STAPLE with one rater", s + "/reference/raters",
                st -> ((MultiLabelStapleReference) st.getReference()).getRaters().remove(1)));
        all.add(failing("ConsensusReference.enoughRaters", "majority vote without raters", s + "/reference/raters",
                st -> st.setReference(F.createMajorityVoteReference())));
        all.add(passing("ConsensusReference.enoughRaters", "majority vote of three", st -> {
            MajorityVoteReference vote = F.createMajorityVoteReference();
            vote.getRaters().addAll(st.getModelVariants());
            st.setReference(vote);
        }));
        all.add(failing("ConsensusReference.truthForEveryCase", "scored against truth, a case without label image",
                s + "/cases[id=c2]/labelImage", st -> {
                    ((MultiLabelStapleReference) st.getReference()).setScoreAgainstTruth(true);
                    aCase(st, "c2").setLabelImage(null);
                }));
        all.add(passing("ConsensusReference.truthForEveryCase", "scored against truth, every case labelled",
                st -> ((MultiLabelStapleReference) st.getReference()).setScoreAgainstTruth(true)));
        all.add(passing("ConsensusReference.truthForEveryCase", "not scored against truth, a case without label image", st -> {
            ((MultiLabelStapleReference) st.getReference()).setScoreAgainstTruth(false);
            aCase(st, "c2").setLabelImage(null);
        }));
        all.add(failing("BinaryStapleReference.validParameters", "confidence weight 0", s + "/reference/confidenceWeight", st -> {
            BinaryStapleReference staple = binaryStaple(st);
            staple.setConfidenceWeight(0);
        }));
        all.add(failing("BinaryStapleReference.validParameters", "negative iteration limit", s + "/reference/maxIterations",
                st -> binaryStaple(st).setMaxIterations(-1)));
        all.add(passing("BinaryStapleReference.validParameters", "defaults", StudyValidationTest::binaryStaple));
        all.add(failing("MultiLabelStapleReference.validParameters", "termination 0", s + "/reference/terminationThreshold",
                st -> ((MultiLabelStapleReference) st.getReference()).setTerminationThreshold(0)));
        all.add(failing("MultiLabelStapleReference.validParameters", "negative undecided label", s + "/reference/undecidedLabel",
                st -> ((MultiLabelStapleReference) st.getReference()).setUndecidedLabel(-1)));
        all.add(failing("MultiLabelStapleReference.validParameters", "negative iteration limit", s + "/reference/maxIterations",
                st -> ((MultiLabelStapleReference) st.getReference()).setMaxIterations(-5)));
        all.add(passing("MultiLabelStapleReference.validParameters", "undecided label unset",
                st -> ((MultiLabelStapleReference) st.getReference()).unsetUndecidedLabel()));
        // Metrics, execution, augmentation studies, runs
        all.add(failing("MetricSpec.hasMetricType", "no metric type", s + "/metrics[id=hd95]/metricType",
                st -> st.getMetrics().get(1).setMetricType("")));
        all.add(failing("ExecutionSettings.validThreads", "-1 threads", s + "/execution/threads", st -> st.getExecution().setThreads(-1)));
        all.add(passing("ExecutionSettings.validThreads", "0 threads = all cores", st -> st.getExecution().setThreads(0)));
        all.add(failing("ExecutionSettings.validThreads", "-2 inference threads", s + "/execution/inferenceThreads", st -> st.getExecution().setInferenceThreads(-2)));
        all.add(failing("ExecutionSettings.validThreads", "-1 CPU-stage threads", s + "/execution/cpuThreads", st -> st.getExecution().setCpuThreads(-1)));
        all.add(failing("ExecutionSettings.validThreads", "0 shards", s + "/execution/shards", st -> st.getExecution().setShards(0)));
        all.add(failing("ExecutionSettings.validImageBackend", "unknown backend itk", s + "/execution/imageBackend", st -> st.getExecution().setImageBackend("itk")));
        all.add(passing("ExecutionSettings.validImageBackend", "simpleitk backend", st -> st.getExecution().setImageBackend("simpleitk")));
        all.add(passing("ExecutionSettings.validThreads", "4 shards, 2 inference and 3 CPU threads", st -> {
            st.getExecution().setShards(4);
            st.getExecution().setInferenceThreads(2);
            st.getExecution().setCpuThreads(3);
        }));
        all.add(failing("AugmentationStudy.hasVariants", "no variants", s + "/augmentationStudies[id=aug]/variants",
                st -> List.copyOf(st.getAugmentationStudies().get(0).getVariants()).forEach(EcoreUtil::delete)));
        all.add(failing("AugmentationStudy.uniqueVariantIds", "two variants a1", s + "/augmentationStudies[id=aug]/variants[1]/id",
                st -> st.getAugmentationStudies().get(0).getVariants().get(1).setId("a1")));
        all.add(passing("AugmentationStudy.uniqueVariantIds", "same variant ids in two augmentation studies", st -> {
            AugmentationStudy copy = EcoreUtil.copy(st.getAugmentationStudies().get(0));
            copy.setId("aug2");
            st.getAugmentationStudies().add(copy);
        }));
        all.add(failing("TrainingSettings.validSettings", "0 epochs", s + "/augmentationStudies[id=aug]/variants[id=a1]/training/epochs",
                st -> training(st).setEpochs(0)));
        all.add(failing("TrainingSettings.validSettings", "batch size 0", null, st -> training(st).setBatchSize(0)));
        all.add(failing("TrainingSettings.validSettings", "learning rate 0", null, st -> training(st).setLearningRate(0)));
        all.add(failing("TrainingSettings.validSettings", "validation fraction 1", null, st -> training(st).setValidationFraction(1)));
        all.add(failing("TrainingSettings.validSettings", "zero patch size", null, st -> training(st).getPatchSize().set(0, 0)));
        all.add(passing("TrainingSettings.validSettings", "validation fraction 0, whole images", st -> {
            training(st).setValidationFraction(0);
            training(st).getPatchSize().clear();
        }));
        all.add(failing("RunRecord.endNotBeforeStart", "end before start", s + "/runs[id=r1]/end",
                st -> st.getRuns().get(0).setEnd(new Date(st.getRuns().get(0).getStart().getTime() - 1))));
        all.add(passing("RunRecord.endNotBeforeStart", "still running", st -> st.getRuns().get(0).setEnd(null)));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void rule(Scenario scenario) {
        Study study = StudyFixtures.fullStudy();
        scenario.change().accept(study);

        List<Problem> problems = StudyValidation.validate(study, project, StudyFixtures.catalog());

        List<Problem> fromRule = problems.stream().filter(problem -> problem.code().equals(scenario.rule())).toList();
        if (scenario.fails()) {
            assertFalse(fromRule.isEmpty(), "expected " + scenario.rule() + " in " + problems);
            Problem problem = fromRule.get(0);
            assertEquals(scenario.severity(), problem.severity(), problem.toString());
            if (scenario.path() != null) {
                assertTrue(fromRule.stream().anyMatch(p -> p.path().equals(scenario.path())), "path " + scenario.path() + " in " + fromRule);
            }
            fromRule.forEach(StudyValidationTest::assertUserFacing);
        } else {
            assertEquals(List.of(), problems, "the change keeps the study valid");
        }
    }

    private static void assertUserFacing(Problem problem) {
        String message = problem.message();
        assertTrue(Character.isUpperCase(message.charAt(0)) && message.endsWith("."), message);
        assertFalse(message.contains("Exception") || message.contains("org.segsense") || message.contains("\n"), message);
    }

    @Test
    void fullStudyIsValid() {
        assertEquals(List.of(), StudyValidation.validate(StudyFixtures.fullStudy(), project, StudyFixtures.catalog()));
    }

    @Test
    void everyDeclaredConstraintHasAFailingAndAPassingScenario() {
        Set<String> declared = new TreeSet<>();
        List<EClass> constrained = new ArrayList<>();
        for (EClassifier classifier : SegsensePackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !EcoreUtil.getConstraints(eClass).isEmpty()) {
                constrained.add(eClass);
                EcoreUtil.getConstraints(eClass).forEach(constraint -> declared.add(eClass.getName() + "." + constraint));
            }
        }
        Set<String> failed = scenarios().stream().filter(Scenario::fails).map(Scenario::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, failed, "rules without a failing scenario, or scenarios for undeclared rules");

        // Passing: the unchanged fixture plus every passing scenario; a rule is exercised where an instance of its class exists.
        List<Study> passingStudies = new ArrayList<>();
        passingStudies.add(StudyFixtures.fullStudy());
        for (Scenario scenario : scenarios()) {
            if (!scenario.fails()) {
                Study study = StudyFixtures.fullStudy();
                scenario.change().accept(study);
                passingStudies.add(study);
            }
        }
        for (EClass eClass : constrained) {
            boolean exercised = passingStudies.stream().anyMatch(study -> Stream.concat(Stream.of((EObject) study), contents(study))
                    .anyMatch(object -> eClass.isSuperTypeOf(object.eClass())));
            assertTrue(exercised, "no passing scenario contains a " + eClass.getName());
        }
    }

    private static Stream<EObject> contents(Study study) {
        Stream.Builder<EObject> all = Stream.builder();
        study.eAllContents().forEachRemaining(all);
        return all.build();
    }

    @Test
    void catalogChecksAreSkippedWithoutACatalog() {
        Study study = StudyFixtures.fullStudy();
        axis(study, "rot").setPerturbationType("rotate-3d");
        ((RangeSweep) axis(study, "rot").getSweep()).setStop(720);
        step(study).setPerturbationType("elastic");

        assertEquals(List.of(), StudyValidation.validate(study, project));
    }

    @Test
    void fileChecksUseTheStudyFileFolderWhenNoProjectIsGiven() throws Exception {
        Path file = project.resolve("study.segsense");
        StudyResources.save(StudyFixtures.fullStudy(), file);
        Study loaded = StudyResources.load(file);
        assertEquals(List.of(), StudyValidation.validate(loaded, null, StudyFixtures.catalog()));

        aCase(loaded, "c1").getLabelImage().setPath("labels/none.nii.gz");
        List<Problem> problems = StudyValidation.validate(loaded, null, StudyFixtures.catalog());
        assertEquals(List.of("FileReference.fileExists"), problems.stream().map(Problem::code).toList());
    }

    @Test
    void fileChecksAreSkippedWithoutAnyProjectDirectory() {
        Study study = StudyFixtures.fullStudy(); // in no resource
        aCase(study, "c1").getLabelImage().setPath("labels/none.nii.gz");
        assertEquals(List.of(), StudyValidation.validate(study, null, StudyFixtures.catalog()));
    }

    @Test
    void problemNamesPathMessageAndCode() {
        Study study = StudyFixtures.fullStudy();
        aCase(study, "c2").getLabelImage().setPath("labels/gone.nii.gz");

        Problem problem = StudyValidation.validate(study, project).get(0);

        assertEquals("/study[id=s1]/cases[id=c2]/labelImage", problem.path());
        assertEquals("FileReference.fileExists", problem.code());
        assertEquals("The file \"labels/gone.nii.gz\" (label image of case \"c2\") does not exist in the project directory " + project
                + "; correct the path or add the file.", problem.message());
        assertEquals("ERROR /study[id=s1]/cases[id=c2]/labelImage: " + problem.message() + " [FileReference.fileExists]", problem.toString());
        assertTrue(StudyValidation.hasErrors(List.of(problem)));
    }

    @Test
    void emfStructuralProblemsAreReportedToo() {
        Study study = StudyFixtures.fullStudy();
        ModelVariant outsider = F.createModelVariant(); // referenced but in no study
        outsider.setId("m9");
        ((MultiLabelStapleReference) study.getReference()).getRaters().add(outsider);
        new XMIResourceImpl().getContents().add(study); // EMF checks containment only for objects in a resource

        List<Problem> problems = StudyValidation.validate(study, project);

        assertTrue(problems.stream().anyMatch(problem -> problem.code().equals("EObject.everyReferenceIsContained")
                && problem.path().equals("/study[id=s1]/reference/raters")), problems.toString());
    }

    @Test
    void duplicateKeysFallBackToPositions() {
        Study study = StudyFixtures.fullStudy();
        aCase(study, "c2").setId("c1");
        assertEquals("/study[id=s1]/cases[1]", ObjectPaths.pathOf(study.getCases().get(1)));
        assertEquals("/study[id=s1]/runs[id=r1]/environment[key=java.version]",
                ObjectPaths.pathOf((EObject) study.getRuns().get(0).getEnvironment().get(0)));
        assertEquals("/study", ObjectPaths.pathOf(F.createStudy()));
    }

    // --------------------------------------------------------------------------------------- fixture access

    static Case aCase(Study study, String id) {
        return study.getCases().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    static ModelVariant variant(Study study, String id) {
        return study.getModelVariants().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    static PerturbationAxis axis(Study study, String id) {
        return study.getAxes().stream().filter(a -> id.equals(a.getId())).findFirst().orElseThrow();
    }

    static AugmentationStep step(Study study) {
        return variant(study, "m1").getTrainingAugmentation().getSteps().get(0);
    }

    static org.segsense.model.TrainingSettings training(Study study) {
        return study.getAugmentationStudies().get(0).getVariants().get(0).getTraining();
    }

    static BinaryStapleReference binaryStaple(Study study) {
        BinaryStapleReference staple = F.createBinaryStapleReference();
        staple.getRaters().addAll(List.of(variant(study, "m1"), variant(study, "m3")));
        study.setReference(staple);
        return staple;
    }
}
