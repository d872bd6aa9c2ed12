// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException;
import org.segsense.model.io.StudyResources;
import org.segsense.model.sweep.SweepValues;
import org.segsense.model.tests.StudyFixtures;

/**
 * Hostile study content (issue 12, items 4, 8, 9, 13, 15): sizes that once exhausted memory, values a run
 * rejects, files of the wrong kind, paths that leave the project, and study files that are not files.
 * Every case must end in one clear problem, quickly and with bounded memory.
 */
class HostileStudyValidationTest {

    @TempDir
    Path root;
    Path project;

    @BeforeEach
    void createProject() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        StudyFixtures.createProjectFiles(project);
    }

    private List<Problem> validate(Study study) {
        return StudyValidation.validate(study, project, StudyFixtures.catalog());
    }

    private static List<Problem> withCode(List<Problem> problems, String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }

    // ------------------------------------------------------------------ item 4: sizes

    @ParameterizedTest
    @ValueSource(ints = { 1_000_000_000, Integer.MAX_VALUE, 10_001 })
    void aHugeRangeSweepIsAnErrorFoundQuicklyWithoutExpandingIt(int steps) {
        Study study = StudyFixtures.fullStudy();
        RangeSweep range = (RangeSweep) study.getAxes().get(1).getSweep();
        range.setSteps(steps);
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(study));
        List<Problem> limit = withCode(problems, "RangeSweep.enoughSteps");
        assertEquals(1, limit.size(), problems::toString);
        assertTrue(limit.get(0).message().contains("more than the limit of 10,000 per sweep"), limit::toString);
        assertEquals(Problem.Severity.ERROR, limit.get(0).severity());
    }

    @Test
    void tenThousandStepsAreAllowed() {
        Study study = StudyFixtures.fullStudy();
        study.setDesign(SegsenseFactory.eINSTANCE.createOneAtATimeDesign());
        ((RangeSweep) study.getAxes().get(1).getSweep()).setSteps(StudyLimits.MAX_SWEEP_VALUES);
        assertEquals(List.of(), withCode(validate(study), "RangeSweep.enoughSteps"));
        assertEquals(List.of(), withCode(validate(study), "Study.jobLimit"));
    }

    @Test
    void aHugeValueListIsAnError() {
        Study study = StudyFixtures.fullStudy();
        ExplicitSweep values = (ExplicitSweep) study.getAxes().get(0).getSweep();
        values.getValues().clear();
        for (int i = 0; i <= StudyLimits.MAX_SWEEP_VALUES; i++) {
            values.getValues().add(0.001 * (i % 100));
        }
        List<Problem> limit = withCode(validate(study), "ExplicitSweep.notEmpty");
        assertEquals(1, limit.size());
        assertTrue(limit.get(0).message().contains("10,001 values"), limit::toString);
    }

    @Test
    void aFactorialDesignOverTheJobLimitIsAnErrorOnTheStudy() {
        Study study = StudyFixtures.fullStudy();
        // factorial design over noise (1,000 values) × rotation (1,000 steps): 2 cases × 3 variants × (1 + 1,000,000)
        ExplicitSweep noise = (ExplicitSweep) study.getAxes().get(0).getSweep();
        noise.getValues().clear();
        for (int i = 0; i < 1000; i++) {
            noise.getValues().add(0.0001 * i);
        }
        ((RangeSweep) study.getAxes().get(1).getSweep()).setSteps(1000);
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> validate(study));
        List<Problem> limit = withCode(problems, "Study.jobLimit");
        assertEquals(1, limit.size(), problems::toString);
        assertTrue(limit.get(0).message().contains("up to 6,000,006 jobs") && limit.get(0).message().contains("1,000,000"), limit::toString);
        assertEquals("/study[id=s1]", limit.get(0).path());
    }

    @Test
    void sweepValuesRefuseAHugeSweepBeforeAllocating() {
        RangeSweep range = SegsenseFactory.eINSTANCE.createRangeSweep();
        range.setStart(0);
        range.setStop(1);
        range.setSteps(Integer.MAX_VALUE);
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(IllegalArgumentException.class, () -> SweepValues.of(range)));
        assertTrue(e.getMessage().contains("10000"), e::getMessage);
    }

    // ------------------------------------------------------------------ item 9: what a run rejects

    @ParameterizedTest
    @ValueSource(strings = { "two", "NaN", "-1", "Infinity", "" })
    void anNsdToleranceThatIsNotAFiniteNonNegativeNumberIsAnError(String tolerance) {
        Study study = StudyFixtures.fullStudy();
        study.getMetrics().get(2).getParameters().get(0).setValue(tolerance);
        List<Problem> problems = withCode(validate(study), "MetricSpec.hasMetricType");
        assertEquals(1, problems.size(), () -> validate(study).toString());
        assertTrue(problems.get(0).message().contains("not a finite number of millimetres >= 0"), problems::toString);
        assertTrue(problems.get(0).path().startsWith("/study[id=s1]/metrics[id=nsd]"), problems::toString);
    }

    @Test
    void aChannelPathThatIsAFolderIsAnError() throws IOException {
        Study study = StudyFixtures.fullStudy();
        study.getExecution().setImageBackend("java"); // the simpleitk backend reads a folder as a DICOM series
        Files.createDirectories(project.resolve("images/folder.nii.gz"));
        study.getCases().get(0).getChannels().get(0).setPath("images/folder.nii.gz");
        List<Problem> problems = withCode(validate(study), "FileReference.fileExists");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("is a folder, not an image file"), problems::toString);
    }

    @Test
    void aLabelImageMayBeABundleFolderOfNiftiMasksButNotAnEmptyFolder() throws IOException {
        Study study = StudyFixtures.fullStudy();
        study.getExecution().setImageBackend("java");
        Files.createDirectories(project.resolve("labels/c1_bundles"));
        study.getCases().get(0).getLabelImage().setPath("labels/c1_bundles");
        List<Problem> problems = withCode(validate(study), "FileReference.fileExists");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("is a folder, not an image file"), problems::toString);
        Files.writeString(project.resolve("labels/c1_bundles/bundle_1.nii.gz"), "a mask");
        assertEquals(List.of(), withCode(validate(study), "FileReference.fileExists"));
        // a channel is never a bundle folder
        study.getCases().get(0).getChannels().get(0).setPath("labels/c1_bundles");
        assertEquals(1, withCode(validate(study), "FileReference.fileExists").size());
    }

    @Test
    void aDicomSeriesFolderIsAcceptedOnTheSimpleItkBackendOnly() throws IOException {
        Study study = StudyFixtures.fullStudy();
        Files.createDirectories(project.resolve("dicom/series1"));
        study.getCases().get(0).getChannels().get(0).setPath("dicom/series1");
        study.getExecution().setImageBackend("simpleitk");
        assertEquals(List.of(), withCode(validate(study), "FileReference.fileExists"));
        study.getCases().get(0).getChannels().get(0).setPath("dicom/series1#1.2.840.113619.2.1");
        assertEquals(List.of(), withCode(validate(study), "FileReference.fileExists"));
        study.getCases().get(0).getChannels().get(0).setPath("dicom/missing#1.2.3");
        assertEquals(1, withCode(validate(study), "FileReference.fileExists").size(), "a series of a missing folder");
        study.getExecution().setImageBackend("java");
        study.getCases().get(0).getChannels().get(0).setPath("dicom/series1");
        List<Problem> problems = withCode(validate(study), "FileReference.fileExists");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("simpleitk") && problems.get(0).message().contains("releng/simpleitk/build.sh"),
                problems::toString);
    }

    @Test
    void aSavedModelPathThatIsAFileIsAnError() {
        Study study = StudyFixtures.fullStudy();
        study.getModelVariants().get(0).getSavedModel().setPath("images/c1_t1.nii.gz");
        List<Problem> problems = withCode(validate(study), "FileReference.fileExists");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("is not a folder"), problems::toString);
    }

    // ------------------------------------------------------------------ item 13: FIFOs

    @Test
    void aFifoAsAnImageIsAnErrorAndIsNeverOpened() throws Exception {
        Path fifo = mkfifo(project.resolve("images/fifo.nii.gz"));
        Study study = StudyFixtures.fullStudy();
        study.getCases().get(0).getChannels().get(0).setPath("images/fifo.nii.gz");
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> withCode(validate(study), "FileReference.fileExists"));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("not a regular file"), problems::toString);
        assertTrue(Files.exists(fifo));
    }

    @Test
    void aFifoAsTheStudyFileIsRefusedWithoutBlocking() throws Exception {
        Path fifo = mkfifo(root.resolve("study.segsense"));
        StudyLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(StudyLoadException.class, () -> StudyResources.load(fifo)));
        assertTrue(e.getMessage().contains("not a regular file") && e.getMessage().contains(fifo.toString()), e::getMessage);
    }

    static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), () -> "mkfifo failed");
        return path;
    }

    // ------------------------------------------------------------------ item 8: paths outside the project

    @Test
    void aRelativePathLeavingTheProjectIsAWarning() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.write(outside.resolve("secret.nii.gz"), new byte[] { 1 });
        Study study = StudyFixtures.fullStudy();
        study.getCases().get(0).getChannels().get(0).setPath("../outside/secret.nii.gz");
        List<Problem> problems = withCode(validate(study), FileConstraints.OUTSIDE_PROJECT);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().contains("outside the project directory") && problems.get(0).message().contains("--allow-outside-project"),
                problems::toString);
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheProjectIsAWarning() throws IOException {
        Path outside = Files.createDirectories(root.resolve("elsewhere"));
        Files.write(outside.resolve("data.nii.gz"), new byte[] { 1 });
        Files.createSymbolicLink(project.resolve("linked"), outside);
        Study study = StudyFixtures.fullStudy();
        study.getCases().get(0).getChannels().get(0).setPath("linked/data.nii.gz");
        List<Problem> problems = withCode(validate(study), FileConstraints.OUTSIDE_PROJECT);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("symbolic link"), problems::toString);
    }

    @Test
    void anAbsolutePathOutsideTheProjectIsAWarningToo() throws IOException {
        Path outside = Files.createDirectories(root.resolve("abs"));
        Files.write(outside.resolve("x.nii.gz"), new byte[] { 1 });
        Study study = StudyFixtures.fullStudy();
        study.getCases().get(0).getLabelImage().setPath(outside.resolve("x.nii.gz").toString());
        assertEquals(1, withCode(validate(study), FileConstraints.OUTSIDE_PROJECT).size());
    }

    @Test
    void pathsInsideTheProjectGiveNoWarning() {
        assertEquals(List.of(), withCode(validate(StudyFixtures.fullStudy()), FileConstraints.OUTSIDE_PROJECT));
    }

    // ------------------------------------------------------------------ item 15: cross-document references

    @Test
    void aTypedCrossDocumentHrefIsReportedWithoutJavaObjectIds() throws IOException {
        Path file = root.resolve("href.segsense");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <segsense:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xmlns:segsense="http://segsense.org/model/study/1.0" id="s">
                  <cases id="c1"><channels name="t1" path="a.nii.gz"/></cases>
                  <modelVariants id="m"><savedModel path="m"/></modelVariants>
                  <reference xsi:type="segsense:MajorityVoteReference">
                    <raters xsi:type="segsense:Case" href="other.segsense#//@cases.0"/>
                  </reference>
                </segsense:Study>
                """, StandardCharsets.UTF_8);
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyResources.load(file));
        assertFalse(e.getMessage().matches("(?s).*\\w+@[0-9a-f]{4,}.*"), e::getMessage);
        assertTrue(e.getMessage().contains("other.segsense"), e::getMessage);
    }
}
