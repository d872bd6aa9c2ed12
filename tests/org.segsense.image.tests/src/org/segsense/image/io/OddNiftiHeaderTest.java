// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segsense.image.Image;
import org.segsense.image.io.OddNiftiCorpus.Case;
import org.segsense.image.io.OddNiftiCorpus.Expect;

/**
 * No silently wrong geometry on odd NIfTI-1/Analyze 7.5 headers: every file of {@link OddNiftiCorpus}
 * either reads exactly as ITK 5.2.1's {@code itk::ImageFileReader} reads it (size exact, spacing,
 * origin and direction within {@link ItkReference#GEOMETRY_TOLERANCE}, every voxel bit-identical), or
 * is refused with one {@link ImageFormatException} that names the file and the problem. For each
 * refusal the test also checks what ITK does (refuses too, or reads it — the case says why SegSense
 * does not follow). The few consistent files ITK refuses through round-off are compared with ITK's
 * reading of a twin file that states the same grid with a qform.
 */
@Tag("itk")
class OddNiftiHeaderTest {

    @TempDir
    Path work;

    static Stream<Case> corpus() {
        return OddNiftiCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void agreesWithItkOrRefuses(Case c) throws Exception {
        Path file = c.writeTo(work);
        String what = c.toString();
        switch (c.expect) {
            case AGREE: {
                ItkReference itk = ItkReference.read(file, work);
                Image image = ImageIO.read(file);
                itk.assertSameHeader(image, what);
                itk.assertSamePixels(image, what);
                break;
            }
            case READ_ITK_REFUSES: {
                assertNotEquals(0, ItkReference.exitCode(file), "ITK 5.2.1 now reads " + what + "; make it an AGREE case");
                ItkReference itk = ItkReference.read(file.resolveSibling("twin.nii"), work);
                Image image = ImageIO.read(file);
                itk.assertSameHeader(image, what + " vs ITK's reading of its qform twin");
                itk.assertSamePixels(image, what);
                break;
            }
            default: {
                ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file), what);
                String m = e.getMessage();
                assertTrue(m.startsWith(file + ": "), "the message names the file: " + m);
                for (String w : c.words) {
                    assertTrue(m.contains(w), what + ": the message mentions '" + w + "': " + m);
                }
                assertFalse(m.contains("\tat "), m);
                assertTrue(e.getFix() != null && !e.getFix().isEmpty(), "the message says what to do: " + m);
                int itkExit = ItkReference.exitCode(file);
                if (c.expect == Expect.REFUSE_ITK_REFUSES) {
                    assertNotEquals(0, itkExit, "ITK 5.2.1 reads " + what + " although the corpus says it refuses it");
                } else {
                    assertEquals(0, itkExit, "ITK 5.2.1 refuses " + what + " although the corpus says it reads it (" + c.why + ")");
                    assertFalse(c.why.isEmpty(), "a case where SegSense refuses what ITK reads says why");
                }
            }
        }
    }

    /** The corpus covers every class of odd header the issue names, each with several files. */
    @Test
    void corpusCoversTheClasses() {
        List<Case> cases = OddNiftiCorpus.cases();
        Map<String, Long> perKind = cases.stream().collect(Collectors.groupingBy(c -> c.kind, TreeMap::new, Collectors.counting()));
        for (String kind : new String[] {"sform-only, column lengths differ from pixdim", "negative pixdim", "Analyze 7.5 orient", "5-D data",
                "corrupted magic", "qform and sform", "sheared sform", "zero or non-finite pixdim", "qfac", "quaternion",
                "dimensions out of range"}) {
            assertTrue(perKind.getOrDefault(kind, 0L) >= 3, kind + ": " + perKind);
        }
        assertEquals(cases.size(), cases.stream().map(c -> c.name).distinct().count(), "case names are unique");
    }
}
