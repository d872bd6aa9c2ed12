// SPDX-License-Identifier: EPL-2.0
package org.segsense.examples.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.io.ImageIO;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;

/**
 * Example image format {@code .sstxt}: a text file of four header lines, {@code SSTXT <pixel type>}
 * (SegSense's JSON name, e.g. {@code uint8}), {@code size}, {@code spacing} and {@code origin} (one number
 * per axis, in mm, LPS), then one value per line in index order (x fastest). Scalar images with an identity
 * direction only. Values are written as Java's shortest round-trip decimal, so a round trip is exact.
 */
public final class TextImageFormat implements ImageReader, ImageWriter {

	@Override
	public String formatName() {
		return "SegSense text";
	}

	@Override
	public boolean canRead(Path file) {
		return file.getFileName().toString().endsWith(".sstxt");
	}

	@Override
	public boolean canWrite(Path file) {
		return canRead(file);
	}

	@Override
	public Image read(Path file) throws ImageFormatException, IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
			String[] magic = words(in.readLine(), "SSTXT", file);
			PixelType type;
			try {
				type = PixelType.fromJsonName(magic.length == 2 ? magic[1] : "");
			} catch (IllegalArgumentException e) {
				throw new ImageFormatException(file, "the first line must be 'SSTXT <pixel type>'", "write the file with SegSense");
			}
			long[] size = Arrays.stream(words(in.readLine(), "size", file)).skip(1).mapToLong(Long::parseLong).toArray();
			double[] spacing = numbers(words(in.readLine(), "spacing", file));
			double[] origin = numbers(words(in.readLine(), "origin", file));
			if (size.length == 0 || spacing.length != size.length || origin.length != size.length) {
				throw new ImageFormatException(file, "size, spacing and origin must give one number per axis", "fix the header");
			}
			long voxels = Arrays.stream(size).reduce(1, Math::multiplyExact);
			if (voxels * type.byteSize() > ImageIO.maxImageBytes() || voxels * 2 > Files.size(file)) {
				throw new ImageFormatException(file, "the header declares " + voxels + " voxels, more than the file holds or than memory allows",
						"check the size line");
			}
			double[] values = new double[Math.toIntExact(voxels)];
			for (int i = 0; i < values.length; i++) {
				String line = in.readLine();
				if (line == null) {
					throw new ImageFormatException(file, "the file ends after " + i + " of " + voxels + " values", "write the file again");
				}
				values[i] = Double.parseDouble(line.trim());
			}
			ImageGeometry geometry = new ImageGeometry(size, spacing, origin, ImageGeometry.identity(size.length));
			return Image.of(geometry, values).convert(type);
		} catch (NumberFormatException | ArithmeticException e) {
			throw new ImageFormatException(file, "a number is malformed or too large: " + e.getMessage(), "fix the file");
		}
	}

	@Override
	public void write(Image image, Path file) throws ImageFormatException, IOException {
		ImageGeometry g = image.geometry();
		if (image.components() != 1 || !Arrays.equals(g.direction(), ImageGeometry.identity(g.dimension()))) {
			throw new ImageFormatException(file, "the .sstxt format stores scalar images with an identity direction only",
					"write this image as .nii.gz or .nrrd");
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			out.write("SSTXT " + image.pixelType().jsonName() + "\nsize" + join(g.size()) + "\nspacing" + join(g.spacing())
					+ "\norigin" + join(g.origin()) + "\n");
			for (long i = 0; i < image.voxelCount(); i++) {
				double v = image.getDouble(i, 0);
				out.write((image.pixelType().isInteger() ? Long.toString((long) v) : Double.toString(v)) + "\n");
			}
		}
	}

	private static String[] words(String line, String keyword, Path file) throws ImageFormatException {
		String[] words = line == null ? new String[0] : line.trim().split("\\s+");
		if (words.length == 0 || !words[0].equals(keyword)) {
			throw new ImageFormatException(file, "expected a header line starting with '" + keyword + "'", "write the file with SegSense");
		}
		return words;
	}

	private static double[] numbers(String[] words) {
		return Arrays.stream(words).skip(1).mapToDouble(Double::parseDouble).toArray();
	}

	private static String join(long[] values) {
		StringBuilder b = new StringBuilder();
		Arrays.stream(values).forEach(v -> b.append(' ').append(v));
		return b.toString();
	}

	private static String join(double[] values) {
		StringBuilder b = new StringBuilder();
		Arrays.stream(values).forEach(v -> b.append(' ').append(v));
		return b.toString();
	}
}
