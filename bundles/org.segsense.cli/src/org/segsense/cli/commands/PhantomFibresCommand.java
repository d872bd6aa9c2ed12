// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.segsense.cli.CliException;
import org.segsense.cli.ExitCodes;
import org.segsense.image.io.ImageFormatException;
import org.segsense.image.util.JsonWriter;
import org.segsense.workflows.phantom.FibrePhantom;
import org.segsense.workflows.phantom.FibrePhantomFiles;
import org.segsense.workflows.phantom.FibrePhantomOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segsense phantom fibres}: a fibre-peak phantom with bundle masks (see docs/tracts-phantom.md). */
@Command(name = "fibres", description = {
		"Write a fibre phantom with ground truth: K bundles as tubes along smooth random curves that cross and kiss, up to 3 peaks "
				+ "per voxel, a brain mask and one mask per bundle.",
		"Files, in TractSeg's layout: DIR/peaks.nii.gz (4-D, MRtrix/TractSeg peaks, world RAS), DIR/mask.nii.gz, "
				+ "DIR/bundle_segmentations/bundle_N.nii.gz and DIR/phantom.json.",
		"No diffusion signal, no CSD: the peaks are set directly. The same options and seed give the same bytes." })
public final class PhantomFibresCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "The output folder (created; files of the same names are replaced).")
	Path dir;

	@Option(names = "--size", paramLabel = "X,Y,Z", split = ",", description = "Grid size in voxels, each 16-256 (default: 64,64,48).")
	int[] size = FibrePhantomOptions.defaults().size();

	@Option(names = "--spacing", paramLabel = "MM", description = "Isotropic voxel size in mm, 0.5-5 (default: ${DEFAULT-VALUE}).")
	double spacing = FibrePhantomOptions.defaults().spacing();

	@Option(names = "--bundles", paramLabel = "K", description = "Number of bundles, 1-20 (default: ${DEFAULT-VALUE}).")
	int bundles = FibrePhantomOptions.defaults().bundles();

	@Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed = FibrePhantomOptions.defaults().seed();

	@Option(names = "--noise", paramLabel = "DEG", description = "Mean angular noise of the peaks in degrees, 0-45 (default: ${DEFAULT-VALUE}).")
	double noise = FibrePhantomOptions.defaults().noiseDegrees();

	@Option(names = "--amplitude-noise", paramLabel = "F", description = "Relative SD of the peak amplitudes, 0-1 (default: ${DEFAULT-VALUE}).")
	double amplitudeNoise = FibrePhantomOptions.defaults().amplitudeNoise();

	@Option(names = "--fanning", paramLabel = "DEG", description = "Angular dispersion: fibres fan out from the bundle axis by up to DEG at "
			+ "the surface, 0-30 (default: ${DEFAULT-VALUE}).")
	double fanning = FibrePhantomOptions.defaults().fanningDegrees();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		FibrePhantomOptions options;
		try {
			options = new FibrePhantomOptions(size, spacing, bundles, seed, noise, amplitudeNoise, fanning);
		} catch (IllegalArgumentException e) {
			throw CliException.badInput(e.getMessage() + " See 'segsense phantom fibres --help'.");
		}
		long start = System.nanoTime();
		FibrePhantom.Result phantom = FibrePhantom.generate(options);
		List<Path> files;
		try {
			files = FibrePhantomFiles.write(phantom, dir);
		} catch (IOException | ImageFormatException e) {
			throw new CliException(ExitCodes.FAILURE, "Could not write the phantom to " + dir + ": " + e.getMessage(), e);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (RootCommand.of(spec).json) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("dir", dir.toString());
			json.put("files", files.stream().map(Path::toString).toList());
			json.put("seconds", seconds);
			spec.commandLine().getOut().println(JsonWriter.write(json));
		} else {
			spec.commandLine().getOut().printf("Wrote a %d-bundle fibre phantom (%dx%dx%d, %.3g mm, seed %d) to %s: %d files in %.1f s.%n",
					options.bundles(), options.size()[0], options.size()[1], options.size()[2], options.spacing(), options.seed(), dir,
					files.size(), seconds);
		}
		return ExitCodes.OK;
	}
}
