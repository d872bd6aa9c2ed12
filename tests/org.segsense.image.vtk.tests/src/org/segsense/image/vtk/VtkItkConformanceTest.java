// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segsense.image.vtk.VtkTestSupport.assertSameAsItk;
import static org.segsense.image.vtk.VtkTestSupport.image;
import static org.segsense.image.vtk.VtkTestSupport.itk;
import static org.segsense.image.vtk.VtkTestSupport.writeText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.ItkReading;

/**
 * Conformance with ITK 5.2's itk::VTKImageIO, through tests/itk-reference/vtk/convert.cxx: ITK reads
 * SegSense-written .vtk files exactly as SegSense does, and SegSense reads ITK-written .vtk files
 * exactly as ITK does (size, spacing, origin, direction, pixel type, components, every voxel byte).
 * ITK-written files are made by converting a SegSense-written MetaImage (.mha, a built-in format)
 * with ITK. Fails — never skips — when ITK cannot be built.
 */
@Tag("itk")
class VtkItkConformanceTest {

    @TempDir
    Path work;

    @Test
    void itkReadsWhatSegSenseWrites() throws Exception {
        for (VtkFormat.Encoding encoding : VtkFormat.Encoding.values()) {
            for (PixelType type : PixelType.values()) {
                for (int components : new int[] {1, 3, 4}) {
                    Image original = image(type, components, 100 + type.ordinal() * 7 + components, 6, 5, 4);
                    Path file = work.resolve("seg-" + type + "-" + components + "-" + encoding + ".vtk");
                    VtkFormat.write(original, file, encoding);
                    ItkReading itk = itk(file, null, work);
                    String what = "ITK reading SegSense's " + type + " x" + components + " " + encoding;
                    assertSameAsItk(itk, original, what);
                    assertSameAsItk(itk, new VtkFormat().read(file), what + " (SegSense re-read)");
                }
            }
        }
        Image flat = image(PixelType.INT16, 1, 3, 7, 5, 0);
        Path file = work.resolve("flat.vtk");
        VtkFormat.write(flat, file, VtkFormat.Encoding.BINARY);
        assertSameAsItk(itk(file, null, work), flat, "2-D");
    }

    @Test
    void segSenseReadsWhatItkWrites() throws Exception {
        for (String mode : new String[] {"binary", "ascii"}) {
            for (PixelType type : PixelType.values()) {
                for (int components : new int[] {1, 2, 3, 4}) {
                    Image original = image(type, components, 200 + type.ordinal() * 5 + components, 5, 3, 4);
                    Path mha = work.resolve("in-" + type + "-" + components + ".mha");
                    ImageIO.write(original, mha);
                    Path vtk = work.resolve("itk-" + type + "-" + components + "-" + mode + ".vtk");
                    String what = "SegSense reading ITK's " + type + " x" + components + " " + mode;
                    ItkReading source = mode.equals("ascii") ? itk(mha, vtk, work, "--ascii") : itk(mha, vtk, work);
                    assertSameAsItk(source, original, what + " (source .mha)");
                    ItkReading itk = itk(vtk, null, work);
                    Image ours = new VtkFormat().read(vtk);
                    assertSameAsItk(itk, ours, what);
                    if (mode.equals("binary")) {
                        VtkTestSupport.assertSameImage(original, ours, what + " against the original");
                    }
                }
            }
        }
    }

    @Test
    void itkColorScalarsAndTwoDimensionalFiles() throws Exception {
        Image rgb = image(PixelType.UINT8, 3, 5, 4, 3, 2);
        Path mha = work.resolve("rgb.mha");
        ImageIO.write(rgb, mha);
        Path vtk = work.resolve("rgb.vtk");
        itk(mha, vtk, work, "--rgb");
        assertTrue(Files.readString(vtk, StandardCharsets.ISO_8859_1).contains("COLOR_SCALARS color_scalars 3"));
        Image ours = new VtkFormat().read(vtk);
        assertSameAsItk(itk(vtk, null, work), ours, "COLOR_SCALARS");
        VtkTestSupport.assertSameImage(rgb, ours, "COLOR_SCALARS against the original");

        Image slice = image(PixelType.FLOAT32, 1, 6, 5, 4, 1); // 3-D, one slice: both read it as 2-D
        Path sliceMha = work.resolve("slice.mha");
        ImageIO.write(slice, sliceMha);
        Path sliceVtk = work.resolve("slice.vtk");
        itk(sliceMha, sliceVtk, work);
        Image read = new VtkFormat().read(sliceVtk);
        assertEquals(2, read.dimension());
        assertSameAsItk(itk(sliceVtk, null, work), read, "single slice");
    }

    @Test
    void handWrittenVariantsReadAsItk() throws Exception {
        String head = "# vtk DataFile Version 3.0\nhand\nASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 3 2 2\n";
        String[] bodies = {
            "SPACING 0.5 0.25 2\nORIGIN -1 -2 -3\nPOINT_DATA 12\nSCALARS s short 1\nLOOKUP_TABLE default\n1 2 3 4 5 6 7 8 9 10 11 -12\n",
            "ASPECT_RATIO 2 2 2\nSCALARS s double 2\n" + "1.5 -2.25 1e-300 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 1.7976931348623157e308\n",
            "\n\nSCALARS s unsigned_char\n0 1 2 3 4 5 6 7 8 9 10 255\n",
            "VECTORS v float\n" + "0.1 0.2 0.3 ".repeat(12) + "\n",
            "COLOR_SCALARS c 2\n" + "0.5 1 ".repeat(12) + "\n",
            "TENSORS t double\n" + "1 2 3 2 4 5 3 5 6\n".repeat(12),
            "SCALARS s vtktypeint64 1\nLOOKUP_TABLE default\n-9223372036854775808 9223372036854775807 0 1 2 3 4 5 6 7 8 9\n",
        };
        for (int i = 0; i < bodies.length; i++) {
            Path file = writeText(work.resolve("hand" + i + ".vtk"), head + bodies[i]);
            assertSameAsItk(itk(file, null, work), new VtkFormat().read(file), "hand-written variant " + i);
        }
    }

    @Test
    void filesItkRejectsAreRejected() throws Exception {
        String head = "# vtk DataFile Version 3.0\nt\nBINARY\n";
        String[] bad = {
            head + "DATASET POLYDATA\nPOINTS 1 float\n",
            head + "DATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 2\nSCALARS s signed_char 1\n",
            head + "DATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 2\n",
            "# vtk DataFile Version 3.0\nt\nXML\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 2\nSCALARS s float\n",
        };
        for (int i = 0; i < bad.length; i++) {
            Path file = writeText(work.resolve("bad" + i + ".vtk"), bad[i]);
            assertNotEquals(0, VtkTestSupport.itkExitCode(file), "ITK should reject bad file " + i);
            assertThrows(ImageFormatException.class, () -> new VtkFormat().read(file), "SegSense should reject bad file " + i);
        }
    }
}
