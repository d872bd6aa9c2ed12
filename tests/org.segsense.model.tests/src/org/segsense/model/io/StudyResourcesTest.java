// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.Device;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.OneAtATimeDesign;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.tests.StudyFixtures;
import org.segsense.model.validation.Problem;
import org.segsense.model.validation.StudyValidation;

class StudyResourcesTest {

    @TempDir
    Path directory;

    @Test
    void fullStudySurvivesSaveAndLoad() throws Exception {
        Study original = StudyFixtures.fullStudy();
        Path file = directory.resolve("study.segsense");

        StudyResources.save(original, file);
        Study loaded = StudyResources.load(file);

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded study differs from the saved one");
        MultiLabelStapleReference reference = (MultiLabelStapleReference) loaded.getReference();
        assertTrue(reference.isSetUndecidedLabel());
        assertEquals(List.of("m1", "m2"), reference.getRaters().stream().map(ModelVariant::getId).toList());
        assertEquals(loaded.getAugmentationStudies().get(0).getVariants().get(0), loaded.getModelVariants().get(0).getTrainedBy());
        assertEquals(original.getRuns().get(0).getStart(), loaded.getRuns().get(0).getStart());
    }

    @Test
    void fullStudyExercisesEveryFeatureOfTheModel() {
        // Guards the round-trip test: a feature added to the model without a value in the fixture would go untested.
        Study study = StudyFixtures.fullStudy();
        for (EClassifier classifier : SegsensePackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass) || eClass.isAbstract()) {
                continue;
            }
            List<EObject> instances = Stream.concat(Stream.of((EObject) study), stream(study))
                    .filter(object -> object.eClass() == eClass).toList();
            boolean usesClass = !instances.isEmpty() || eClass == SegsensePackage.Literals.GROUND_TRUTH_REFERENCE
                    || eClass == SegsensePackage.Literals.BINARY_STAPLE_REFERENCE || eClass == SegsensePackage.Literals.MAJORITY_VOTE_REFERENCE
                    || eClass == SegsensePackage.Literals.ONE_AT_ATIME_DESIGN;
            assertTrue(usesClass, "fixture has no " + eClass.getName());
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (!instances.isEmpty()) {
                    assertTrue(instances.stream().anyMatch(object -> object.eIsSet(feature)),
                            "fixture never sets " + eClass.getName() + "." + feature.getName());
                }
            }
        }
    }

    private static Stream<EObject> stream(Study study) {
        Stream.Builder<EObject> all = Stream.builder();
        study.eAllContents().forEachRemaining(all);
        return all.build();
    }

    @Test
    void savedFileIsUtf8XmiInTheCurrentNamespace() throws Exception {
        Path file = directory.resolve("study.segsense");
        StudyResources.save(StudyFixtures.fullStudy(), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text.substring(0, 60));
        assertTrue(text.contains("xmlns:segsense=\"" + SegsensePackage.eNS_URI + "\""));
        assertTrue(text.contains("Études ü"), "non-ASCII text is written as UTF-8");
        assertFalse(text.contains("\r\n"));
    }

    @Test
    void otherClassesRoundTrip() throws Exception {
        Study study = StudyFixtures.fullStudy();
        BinaryStapleReference staple = SegsenseFactory.eINSTANCE.createBinaryStapleReference();
        staple.getRaters().addAll(study.getModelVariants());
        staple.setConfidenceWeight(0.5);
        staple.setForegroundValue(2);
        staple.setMaxIterations(20);
        study.setReference(staple);
        study.setDesign(SegsenseFactory.eINSTANCE.createOneAtATimeDesign());
        Path file = directory.resolve("other.segsense");

        StudyResources.save(study, file);

        assertTrue(EcoreUtil.equals(study, StudyResources.load(file)));
    }

    @Test
    void loadedStudyCanBeSavedAgainUnchanged() throws Exception {
        Path file = directory.resolve("study.segsense");
        StudyResources.save(StudyFixtures.fullStudy(), file);
        byte[] first = Files.readAllBytes(file);

        StudyResources.save(StudyResources.load(file), file);

        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void saveCreatesMissingFoldersAndLeavesNoTemporaryFiles() throws Exception {
        Path file = directory.resolve("projects/p1/study.segsense");

        StudyResources.save(StudyFixtures.fullStudy(), file);
        StudyResources.save(StudyFixtures.fullStudy(), file);

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void failedSaveKeepsTheOldFile() throws Exception {
        Path file = directory.resolve("study.segsense");
        StudyResources.save(StudyFixtures.fullStudy(), file);
        byte[] before = Files.readAllBytes(file);

        Study broken = StudyFixtures.fullStudy();
        ModelVariant outsider = SegsenseFactory.eINSTANCE.createModelVariant(); // in no study: cannot be written
        outsider.setId("gone");
        ((MultiLabelStapleReference) broken.getReference()).getRaters().add(outsider);

        StudySaveException failure = assertThrows(StudySaveException.class, () -> StudyResources.save(broken, file));

        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("not changed"), failure.getMessage());
        assertFalse(failure.getMessage().contains("Exception"), failure.getMessage());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(1, files.count(), "the temporary file was removed");
        }
    }

    @Test
    void failedSaveOfANewFileCreatesNothing() {
        Path file = directory.resolve("new.segsense");
        Study broken = StudyFixtures.fullStudy();
        ((MultiLabelStapleReference) broken.getReference()).getRaters().add(SegsenseFactory.eINSTANCE.createModelVariant());

        assertThrows(StudySaveException.class, () -> StudyResources.save(broken, file));

        assertFalse(Files.exists(file));
    }

    @Test
    void saveIntoAFileWhereAFolderIsFails() throws IOException {
        Path folder = Files.createDirectories(directory.resolve("taken.segsense"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        StudySaveException failure = assertThrows(StudySaveException.class,
                () -> StudyResources.save(StudyResources.newStudy("s"), folder));

        assertEquals("keep", Files.readString(folder.resolve("keep.txt")));
        assertTrue(failure.getMessage().startsWith("Cannot save the study to " + folder), failure.getMessage());
    }

    @Test
    void newStudyHasTheDocumentedDefaults() {
        Study study = StudyResources.newStudy("pilot");

        assertEquals("pilot", study.getId());
        assertEquals(StudyResources.DEFAULT_SEED, study.getSeed());
        assertInstanceOf(GroundTruthReference.class, study.getReference());
        assertInstanceOf(OneAtATimeDesign.class, study.getDesign());
        assertEquals(EvaluationSpace.TRANSFORM_REFERENCE, study.getEvaluationSpace());
        assertEquals(0, study.getExecution().getThreads());
        assertEquals(Device.AUTO, study.getExecution().getDevice());
        assertEquals(List.of("dice", "hd95", "hd95Pooled", "nsd"), study.getMetrics().stream().map(MetricSpec::getMetricType).toList());
        assertEquals(org.segsense.model.AggregationPolicy.WORST_CASE, study.getAggregation());
        assertNull(study.getWorstValue());
        MetricSpec nsd = study.getMetrics().get(3);
        assertEquals(StudyResources.NSD_TOLERANCE_PARAMETER, nsd.getParameters().get(0).getName());
        assertEquals(2.0, Double.parseDouble(nsd.getParameters().get(0).getValue()));
    }

    @Test
    void newStudyOnlyLacksCasesAndModels() throws Exception {
        Path file = directory.resolve("new.segsense");
        StudyResources.save(StudyResources.newStudy("pilot"), file);

        List<Problem> problems = StudyValidation.validate(StudyResources.load(file), directory);

        assertEquals(List.of("Study.hasCases", "Study.hasModelVariants"), problems.stream().map(Problem::code).toList());
    }

    @Test
    void newStudiesWriteWorstCaseAndOldFilesWithoutTheAttributeLoadAsExclude() throws Exception {
        Path file = directory.resolve("new.segsense");
        StudyResources.save(StudyResources.newStudy("pilot"), file);
        String text = Files.readString(file);
        assertTrue(text.contains("aggregation=\"worstCase\""), text);
        assertEquals(org.segsense.model.AggregationPolicy.WORST_CASE, StudyResources.load(file).getAggregation());

        // a file written before the attribute existed: no aggregation attribute at all
        Path old = directory.resolve("old.segsense");
        Files.writeString(old, text.replace(" aggregation=\"worstCase\"", ""));
        assertFalse(Files.readString(old).contains("aggregation"));
        Study loaded = StudyResources.load(old);
        assertEquals(org.segsense.model.AggregationPolicy.EXCLUDE, loaded.getAggregation());
        assertNull(loaded.getWorstValue());

        // a declared worst value round-trips
        Study declared = StudyResources.newStudy("declared");
        declared.setWorstValue(250.5);
        Path d = directory.resolve("declared.segsense");
        StudyResources.save(declared, d);
        assertTrue(Files.readString(d).contains("worstValue=\"250.5\""), Files.readString(d));
        assertEquals(250.5, StudyResources.load(d).getWorstValue());
    }

    @Test
    void formatVersionComesFromTheNamespace() {
        assertEquals("1.0", StudyResources.FORMAT_VERSION);
        assertEquals(StudyResources.NAMESPACE_PREFIX + StudyResources.FORMAT_VERSION, SegsensePackage.eNS_URI);
    }

    @Test
    void writeSerialisesWithoutAFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StudyResources.write(StudyResources.newStudy("x"), bytes);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("id=\"x\""));
    }
}
