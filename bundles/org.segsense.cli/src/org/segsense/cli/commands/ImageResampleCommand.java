// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.util.JsonWriter;
import org.segsense.image.Image;
import org.segsense.image.ImageInfo;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampling;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense image resample IN OUT}: Euler3D rotation and translation, as ITK 5.2's ResampleImageFilter. */
@Command(name = "resample", description = {
		"Rotate and translate an image onto its own grid.",
		"The transform is itk::Euler3DTransform (ZXY order), mapping output to input: x_in = R(x_out − c) + c"
				+ " + t, in LPS mm. Resampling follows ITK 5.2's ResampleImageFilter: points within half a voxel "
				+ "outside the grid are still interpolated, further out get the default value." })
public final class ImageResampleCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "IN", description = "The input image, or with --backend simpleitk a DICOM series folder (DIR or DIR#SERIES_UID).")
	Path input;

	@Parameters(index = "1", paramLabel = "OUT", description = "The output image.")
	Path output;

	@Option(names = "--rotate", paramLabel = "RX,RY,RZ", split = ",", description = "Rotation about x, y, z in degrees (default: 0,0,0).")
	double[] rotate = { 0, 0, 0 };

	@Option(names = "--translate", paramLabel = "TX,TY,TZ", split = ",", description = "Translation in mm, LPS (default: 0,0,0).")
	double[] translate = { 0, 0, 0 };

	@Option(names = "--center", paramLabel = "CX,CY,CZ", split = ",",
			description = "Centre of rotation in mm, LPS (default: the physical point of continuous index (size−1)/2).")
	double[] center;

	@Option(names = "--interpolator", paramLabel = "METHOD", description = "nearest, linear or bspline (order 3) (default: linear).")
	String interpolator = "linear";

	@Option(names = "--default", paramLabel = "V", description = "Value for points outside the input (default: 0).")
	double defaultValue;

	@Option(names = "--output-type", paramLabel = "TYPE", description = "float32 (default) or same (the input's type; integers are clamped and truncated as ITK).")
	String outputType = "float32";

	@Mixin
	BackendOption backend = new BackendOption();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Interpolation interpolation;
		try {
			interpolation = Interpolation.fromName(interpolator);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput("unknown --interpolator '" + interpolator + "': use nearest, linear or bspline.");
		}
		boolean same = switch (outputType.toLowerCase(java.util.Locale.ROOT)) {
		case "float32", "float" -> false;
		case "same" -> true;
		default -> throw CliException.badInput("unknown --output-type '" + outputType + "': use float32 or same.");
		};
		requireThree(rotate, "--rotate");
		requireThree(translate, "--translate");
		if (center != null) {
			requireThree(center, "--center");
		}
		Image in = backend.read(input);
		Image out;
		try {
			out = backend.isDefault() ? Resampling.rotateTranslate(in, rotate, translate, center, interpolation, defaultValue, same)
					: backend.get().resample(in, rotate, translate, center, interpolation, defaultValue, same);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(input + ": " + e.getMessage());
		}
		backend.write(out, output);
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("output", output.toString());
			json.put("image", ImageInfo.of(out).toMap());
			spec.commandLine().getOut().println(JsonWriter.write(json));
		} else {
			spec.commandLine().getOut().println("Wrote " + output + " (" + out.pixelType().jsonName() + ", "
					+ interpolation.name().toLowerCase(java.util.Locale.ROOT) + " interpolation).");
		}
		return ExitCodes.OK;
	}

	private static void requireThree(double[] values, String option) {
		if (values.length != 3) {
			throw CliException.badInput(option + " takes three comma-separated numbers, e.g. " + option + " 0,0,5.");
		}
		for (double v : values) {
			if (!Double.isFinite(v)) {
				throw CliException.badInput(option + " values must be finite numbers.");
			}
		}
	}
}
