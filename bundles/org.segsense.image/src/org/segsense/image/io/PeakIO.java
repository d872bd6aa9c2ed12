// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.segsense.image.Image;
import org.segsense.image.Peaks;

/**
 * Reads and writes peak files: 4-D scalar images of size (x, y, z, 3k), volume 3j + c holding
 * component c of peak j (MRtrix {@code sh2peaks} / TractSeg layout), in any format {@link ImageIO}
 * handles (usually {@code .nii.gz}). The vectors in the file are in the given {@link Peaks.Frame};
 * in memory they are in LPS (see {@link Peaks} for the convention and what each frame flips).
 */
public final class PeakIO {

    private PeakIO() {
    }

    /**
     * Reads a peak file.
     *
     * @param file the file
     * @param frame the frame of the file's vectors ({@link Peaks.Frame#WORLD_RAS} for MRtrix and TractSeg)
     * @return the peak image (3-D, float32, 3k components, vectors in LPS)
     * @throws ImageFormatException if the file is not 4-D with a multiple of 3 volumes
     * @throws IOException if reading fails
     */
    public static Image read(Path file, Peaks.Frame frame) throws ImageFormatException, IOException {
        Image volumes = ImageIO.read(file);
        long[] size = volumes.geometry().size();
        if (size.length != 4 || volumes.components() != 1 || size[3] % 3 != 0) {
            throw new ImageFormatException(file,
                    "a peak file must be a 4-D image with 3·k volumes (x, y, z of each of k peaks), but this one has size "
                            + Arrays.toString(size) + (volumes.components() > 1 ? " with " + volumes.components() + " components per voxel" : ""),
                    "write the peaks as MRtrix's sh2peaks does (e.g. mrconvert peaks.mif peaks.nii.gz), one volume per vector component");
        }
        return Peaks.fromVolumes(volumes, frame);
    }

    /**
     * Writes a peak image as a 4-D peak file (float32).
     *
     * @param peaks the peak image
     * @param file the destination (format from its extension)
     * @param frame the frame the file's vectors are to be in
     * @throws ImageFormatException if the format cannot store the image
     * @throws IOException if writing fails
     */
    public static void write(Image peaks, Path file, Peaks.Frame frame) throws ImageFormatException, IOException {
        ImageIO.write(Peaks.toVolumes(peaks, frame), file);
    }
}
