// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * How ITK 5.2 reads a file, from a reference program with the {@code image_info} protocol
 * ({@code image_info FILE --dump RAW}, {@code convert IN [OUT] [options] --dump RAW}): the header as
 * flat JSON on standard output ({@code size}, {@code spacing}, {@code origin}, {@code direction},
 * {@code pixelType}, {@code components}) and the voxel buffer, little-endian, in the dump file.
 */
public final class ItkReading {

    private final FlatJson json;
    private final byte[] pixels;

    private ItkReading(FlatJson json, byte[] pixels) {
        this.json = json;
        this.pixels = pixels;
    }

    /**
     * Runs {@code PROGRAM INPUT [ARGUMENTS...] --dump RAW} and collects ITK's reading of {@code input}.
     *
     * @param programs the build that holds the program
     * @param program e.g. {@code image_info}
     * @param input the file ITK reads
     * @param work a folder for the dump
     * @param arguments further arguments after the input
     * @return ITK's reading
     * @throws AssertionError with ITK's message when the program fails
     */
    public static ItkReading read(ReferencePrograms programs, String program, Path input, Path work, String... arguments)
            throws IOException {
        Path dump = work.resolve("itk-dump-" + input.getFileName() + ".raw");
        List<String> args = new ArrayList<>();
        args.add(input.toString());
        args.addAll(Arrays.asList(arguments));
        args.addAll(List.of("--dump", dump.toString()));
        ProgramOutput out = programs.call(program, args.toArray(String[]::new));
        if (out.exitCode() != 0) {
            throw new AssertionError("ITK's " + program + " failed on " + input + " (exit " + out.exitCode() + "): " + out.stderr());
        }
        byte[] pixels = Files.readAllBytes(dump);
        Files.delete(dump);
        return new ItkReading(FlatJson.parse(out.stdout().trim()), pixels);
    }

    /** @return the header ITK printed */
    public FlatJson json() {
        return json;
    }

    /** @return a copy of the voxel buffer, little-endian */
    public byte[] pixels() {
        return pixels.clone();
    }

    /**
     * Asserts that a header equals ITK's: size exactly, geometry within {@code tolerance} (relative,
     * absolute below magnitude 1), the pixel type's JSON name and the component count.
     *
     * @param direction row-major
     */
    public void assertSameHeader(long[] size, double[] spacing, double[] origin, double[] direction, String pixelType,
            int components, double tolerance, String what) {
        Checks.assertArrayEquals(json.longs("size"), size, what + ": size");
        Checks.assertClose(json.doubles("spacing"), spacing, tolerance, what + ": spacing");
        Checks.assertClose(json.doubles("origin"), origin, tolerance, what + ": origin");
        Checks.assertClose(json.doubles("direction"), direction, tolerance, what + ": direction");
        Checks.assertEquals(json.string("pixelType"), pixelType, what + ": pixel type");
        Checks.assertEquals(json.number("components").intValue(), components, what + ": components");
    }

    /**
     * Asserts that a voxel buffer equals ITK's byte for byte.
     *
     * @param ours the buffer, little-endian
     * @param elementSize bytes per element (one component of a voxel)
     * @param element describes an element by index, for the message
     */
    public void assertSamePixels(byte[] ours, int elementSize, IntFunction<String> element, String what) {
        Checks.assertEquals(pixels.length, ours.length, what + ": byte count of the voxel data");
        int i = Arrays.mismatch(ours, pixels);
        if (i >= 0) {
            throw new AssertionError(what + ": element " + i / elementSize + " differs: SegSense " + element.apply(i / elementSize)
                    + ", ITK's bytes differ at offset " + i);
        }
    }
}
