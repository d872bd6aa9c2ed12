// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.segsense.image.ImageGeometry;
import org.segsense.image.ImageInfo;
import org.segsense.image.PixelType;

/**
 * What an image file's header says, read without its voxels (see {@link ImageReader#readHeader}):
 * the geometry, pixel type and components the full read would return, and every file the image
 * consists of.
 *
 * @param format the format's name, e.g. {@code "NRRD"}
 * @param files the files of the image: the header first, then its data file(s) if separate (e.g.
 *        {@code .nhdr} then {@code .raw}; {@code .hdr} then {@code .img})
 * @param geometry size, spacing, origin and direction as ITK 5.2 reads them
 * @param pixelType the pixel type of the image {@link ImageReader#read} returns (after any rescaling)
 * @param components components per voxel
 */
public record ImageHeader(String format, List<Path> files, ImageGeometry geometry, PixelType pixelType, int components) {

    /** Checks and copies the arguments. */
    public ImageHeader {
        Objects.requireNonNull(format, "format");
        files = List.copyOf(files);
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(pixelType, "pixelType");
        if (files.isEmpty() || components < 1) {
            throw new IllegalArgumentException("an image has at least one file and one component");
        }
    }

    /** @return the header facts as {@code segsense image info} reports them */
    public ImageInfo toInfo() {
        return new ImageInfo(geometry.size(), geometry.spacing(), geometry.origin(), geometry.direction(), pixelType.jsonName(), components);
    }
}
