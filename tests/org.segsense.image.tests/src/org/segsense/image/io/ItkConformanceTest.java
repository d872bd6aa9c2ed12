// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.testing.FlatJson;
import org.segsense.testing.ProgramOutput;
import org.segsense.testing.ReferencePrograms;
import org.segsense.testing.TestData;

/**
 * SegSense reads real files exactly as ITK 5.2 does (size exact; spacing, origin and direction within
 * 1e-5 relative; every voxel bit-identical), and ITK reads what SegSense writes.
 * <p>
 * Needs the fetched test data and the ITK reference programs; both are prepared on first use and the
 * tests fail with the scripts' message when that is impossible.
 */
@Tag("itk")
class ItkConformanceTest {

    @TempDir
    Path work;

    /** Real files that ITK 5.2 reads correctly. */
    static Stream<String> realFiles() {
        return Stream.of(
                "mricron/ch2.nii.gz", "mricron/ch2bet.nii.gz", "mricron/aal.nii.gz", "mricron/brodmann.nii.gz",
                "itk-examples/KmeansTest_T1UCharRaw.nii.gz", "itk-examples/KmeansTest_T1KmeansPrelimSegmentation.nii.gz",
                "itk-examples/KmeansTest_T1RawSkullStrip.nii.gz",
                "niivue/mni152.nii.gz", "niivue/hippo.nii.gz", "niivue/AIL.nii.gz",
                "nibabel/anatomical.nii", "nibabel/example4d.nii.gz", "nibabel/functional.nii", "nibabel/standard.nii.gz",
                "nibabel/reoriented_anat_moved.nii",
                "dipy/aniso_vox.nii.gz", "dipy/small_64D.nii",
                "nifti-reader-js/avg152T1_LR_nifti.nii.gz", "nifti-reader-js/big.nii.gz", "nifti-reader-js/little.nii.gz",
                "nifti-reader-js/with_extension.nii.gz", "nifti-reader-js/air.hdr.gz", "nifti-reader-js/air.img.gz",
                "itk-examples/BrainProtonDensitySliceBorder20.mhd",
                "itk-examples/BrainProtonDensitySliceShifted13x17y.mhd", "itk-examples/BrainProtonDensity3Slices.mha",
                "itk-examples/RatLungSlice1.mha", "itk-examples/ResampleImageFilterInput2x3.mha", "itk-examples/CorpusCallosumMeanShape.mha", "itk-examples/itkBrainSliceComplex.mha",
                "itk-examples/BayesianClassifierInitializerMemberships.mhd",
                "itk-examples/BrainProtonDensitySliceBorder20.nhdr", "itk-examples/BrainProtonDensitySliceBorder20DirectionPlus30.nhdr",
                "itk-examples/BrainProtonDensitySliceShifted13x17y.nhdr", "itk-examples/BrainProtonDensitySliceShifted13x17yDirectionPlus30.nhdr",
                "itk-examples/BrainT1SliceBorder20DirectionPlus30.nhdr");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void readsRealFileAsItk(String relative) throws Exception {
        Path file = TestData.file(relative);
        ItkReference itk = ItkReference.read(file, work);
        Image image = ImageIO.read(file);
        itk.assertSameHeader(image, relative);
        itk.assertSamePixels(image, relative);
    }

    /** 5D_small.nii: uint8 vector with scl_slope; ITK 5.2 gets the header right but overruns its buffer when rescaling vectors. */
    @Test
    void vectorWithScalingMatchesItkHeader() throws Exception {
        Path file = TestData.file("nifti-reader-js/5D_small.nii");
        Image image = ImageIO.read(file);
        assertEquals(PixelType.FLOAT32, image.pixelType());
        assertEquals(3, image.components());
        // Header agreement only; see above.
        ProgramOutput r = ReferencePrograms.IMAGE_IO.call("image_info", file.toString());
        ItkReference.assertClose(FlatJson.parse(r.stdout()).doubles("origin"), image.geometry().origin(), "origin");
    }

    /** Files both ITK and SegSense refuse: a sheared sform without qform, a non-NIfTI file, a missing data file. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dipy/S0_10slices.nii.gz", "nifti-reader-js/not-nifti.nii",
            "itk-examples/BrainProtonDensitySliceBorder20DirectionPlus30.mhd" /* names a missing .zraw */})
    void rejectsWhatItkRejects(String relative) {
        Path file = TestData.file(relative);
        assertNotEquals(0, ItkReference.exitCode(file), "ITK unexpectedly reads " + relative);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageIO.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    /** ITK 5.2 cannot read NIfTI-2; SegSense reads the NIfTI-2 copy of a NIfTI-1 file identically. */
    @Test
    void niftiTwoEqualsItsNiftiOneTwin() throws Exception {
        Image one = ImageIO.read(TestData.file("nifti-reader-js/avg152T1_LR_nifti.nii.gz"));
        Image two = ImageIO.read(TestData.file("nifti-reader-js/avg152T1_LR_nifti2.nii.gz"));
        assertTrue(one.geometry().sameGridAs(two.geometry(), 1e-6), two.geometry().toString());
        assertTrue(one.convert(two.pixelType()).contentEquals(two));
    }

    /** ITK reads SegSense's files with SegSense's geometry and values. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(PixelType.class)
    void itkReadsWhatSegSenseWrites(PixelType type) throws Exception {
        for (String ext : new String[] {".nii", ".nii.gz", ".mha", ".nrrd"}) {
            Image image = SyntheticImages.ramp(SyntheticImages.oblique3d(), type, 1);
            Path file = work.resolve("written-" + type.jsonName() + ext);
            ImageIO.write(image, file);
            ItkReference itk = ItkReference.read(file, work);
            itk.assertSameHeader(image, file.getFileName().toString());
            itk.assertSamePixels(image, file.getFileName().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".nii.gz", ".mha", ".nrrd"})
    void itkReadsVectorAnd2dAnd4dImages(String ext) throws Exception {
        Image[] images = {
                SyntheticImages.ramp(SyntheticImages.oblique3d(), PixelType.FLOAT32, 3),
                SyntheticImages.ramp(new ImageGeometry(new long[] {7, 5}, new double[] {0.5, 1.5}, new double[] {3, -4},
                        new double[] {0.8, -0.6, 0.6, 0.8}), PixelType.INT16, 1),
                SyntheticImages.ramp(ImageGeometry.of(5, 4, 3, 2).withSpacing(1, 2, 3, 2.5), PixelType.UINT8, 1)};
        int n = 0;
        for (Image image : images) {
            Path file = work.resolve("case" + n++ + ext);
            ImageIO.write(image, file);
            ItkReference itk = ItkReference.read(file, work);
            itk.assertSameHeader(image, file.getFileName().toString());
            itk.assertSamePixels(image, file.getFileName().toString());
        }
    }
}
