// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows.demo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.segsense.image.util.Sha256;
import org.segsense.workflows.WorkflowException;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Masks;
import org.segsense.image.PixelType;
import org.segsense.image.resample.Interpolation;
import org.segsense.image.resample.Resampler;

/**
 * The cases of the cerebellum example ({@code examples/cerebellum/README.md}): fetches the source images
 * with the example's {@code fetch-data.sh} and prepares them on a coarse grid around the posterior fossa.
 * <ul>
 * <li>{@code colin27}: Colin27 T1 ({@code ch2.nii.gz}) with the AAL cerebellum (labels 91–116, hemispheres
 * and vermis) as label 1. The training case.</li>
 * <li>{@code mni152}: the ICBM 2009 MNI152 template of niivue 0.21.1, placed by its sform (see
 * {@link #sformGeometry}), with the same AAL labels carried over by physical (MNI) coordinates.</li>
 * <li>{@code itk-t1}: the ITK example T1 head (permuted axes, 2×2×3 mm, not in MNI space), without ground
 * truth, in a box of the same size placed by hand around its posterior fossa.</li>
 * </ul>
 * Images are resampled linearly (float32), labels by nearest neighbour (uint8), onto grids with the
 * direction of the MNI images (LPS axes −x, −y, +z).
 */
public final class DemoData {

	/** Centre (LPS mm, MNI space) and size (mm) of the posterior-fossa box of the MNI-space cases. */
	static final double[] MNI_BOX_CENTRE = { 0, 58, -23 };
	static final double[] BOX_SIZE_MM = { 152, 104, 96 };
	/**
	 * Centre of the box on the ITK example T1 (LPS mm in that image's own space), placed by hand on the image:
	 * the head is centred at x ≈ 122 mm, the cerebellum lies at about y 190–245, z 50–105 mm.
	 */
	static final double[] ITK_BOX_CENTRE = { 122, 218, 82 };
	/** AAL labels of the cerebellum: 91–108 hemispheres (Cerebelum_*), 109–116 vermis (aal.nii.txt). */
	static final int CEREBELLUM_FIRST = 91, CEREBELLUM_LAST = 116;
	/** The smallest distance (mm) every cerebellum voxel must keep from the box faces. */
	static final double MIN_MARGIN_MM = 6;

	public static final String COLIN_T1 = "data/colin27_t1.nii.gz", COLIN_LABELS = "data/colin27_cerebellum.nii.gz",
			MNI_T1 = "data/mni152_t1.nii.gz", MNI_LABELS = "data/mni152_cerebellum.nii.gz", ITK_T1 = "data/itk_t1.nii.gz";
	/**
	 * The cases' ROI masks: the head (non-zero voxels of the unperturbed T1). They fix the region of the
	 * z-score statistics — the region the models were trained with — and of the SD units, so that a
	 * perturbation that makes the background non-zero (an offset, noise) does not change what the
	 * normalisation measures; evaluation is restricted to them (every cerebellum voxel is inside).
	 */
	static final String COLIN_ROI = "data/colin27_head.nii.gz", MNI_ROI = "data/mni152_head.nii.gz", ITK_ROI = "data/itk_head.nii.gz";

	/** The prepared cases: the training images and the SHA-256 of their voxels and grid. */
	record Prepared(Image trainingImage, Image trainingLabels, String trainingSha256, List<String> notes) {
	}

	private DemoData() {
	}

	/** Runs {@code fetchScript DEST}; its messages go to {@code log}. Exit 2 of the script is bad input here too. */
	static void fetch(Path fetchScript, Path dest, PrintWriter log) {
		if (!Files.isRegularFile(fetchScript)) {
			throw WorkflowException.badInput("the example's fetch script " + fetchScript + " does not exist. Run the demo through the"
					+ " ./segsense launcher of a SegSense checkout, or give --example-dir DIR (the folder examples/cerebellum).");
		}
		ProcessBuilder pb = new ProcessBuilder("bash", fetchScript.toString(), dest.toString()).redirectErrorStream(true);
		try {
			Process p = pb.start();
			try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
				String line;
				String last = null;
				while ((line = in.readLine()) != null) {
					if (last != null) {
						log.println("  " + last);
						log.flush();
					}
					last = line;
				}
				int rc = p.waitFor();
				if (rc != 0) {
					throw new WorkflowException(rc == 2, "fetching the example data failed: "
							+ (last == null ? "exit " + rc : last.replaceFirst("^fetch-data: ", "")), List.of(), null);
				}
			}
		} catch (IOException e) {
			throw WorkflowException.failure("cannot run " + fetchScript + " (" + e.getMessage() + "); bash is needed.", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw WorkflowException.failure("interrupted while fetching the example data", e);
		}
	}

	/**
	 * Prepares the three cases from the fetched sources into {@code project/data/}.
	 *
	 * @param source the fetch script's DEST
	 * @param project the project folder of the studies
	 * @param spacing the grid spacing (mm, isotropic)
	 */
	static Prepared prepare(Path source, Path project, double spacing, PrintWriter log) {
		List<String> notes = new ArrayList<>();
		Path data = project.resolve("data");
		try {
			Files.createDirectories(data);
		} catch (IOException e) {
			throw WorkflowException.failure("cannot create " + data + " (" + e.getMessage() + ").", e);
		}
		ImageGeometry mniBox = box(MNI_BOX_CENTRE, spacing);
		Image aal = DemoImages.read(source.resolve("mricron/aal.nii.gz"));
		Image cerebellum = cerebellumMask(aal);
		double margin = minimumMargin(cerebellum, mniBox);
		if (margin < MIN_MARGIN_MM) {
			throw WorkflowException.failure("the posterior-fossa box leaves only " + margin + " mm around the AAL cerebellum"
					+ " (at least " + MIN_MARGIN_MM + " mm are needed); the atlas is not the expected one.", null);
		}
		notes.add(String.format(Locale.ROOT, "box %s voxels of %.0f mm; every AAL cerebellum voxel at least %.0f mm inside it",
				sizeText(mniBox), spacing, margin));

		Image labels = Resampler.of(cerebellum).interpolation(Interpolation.NEAREST).outputGeometry(mniBox).sameTypeOutput(true).resample();
		Image colin = linear(DemoImages.read(source.resolve("mricron/ch2.nii.gz")), mniBox);
		DemoImages.write(colin, project.resolve(COLIN_T1));
		DemoImages.write(labels, project.resolve(COLIN_LABELS));
		DemoImages.write(head(colin), project.resolve(COLIN_ROI));

		Path mniFile = source.resolve("niivue/mni152.nii.gz");
		Image mni = DemoImages.read(mniFile);
		ImageGeometry placed = sformGeometry(mniFile, mni.geometry());
		mni = mni.withGeometry(placed);
		Image mniT1 = linear(mni, mniBox);
		DemoImages.write(mniT1, project.resolve(MNI_T1));
		DemoImages.write(labels, project.resolve(MNI_LABELS));
		DemoImages.write(head(mniT1), project.resolve(MNI_ROI));
		notes.add("MNI152 placed by its sform (origin " + fmt(placed.origin()) + " LPS) rather than its qform (origin 0)");

		Image itk = DemoImages.read(source.resolve("itk-examples/KmeansTest_T1UCharRaw.nii.gz"));
		Image itkT1 = linear(itk, box(ITK_BOX_CENTRE, spacing));
		DemoImages.write(itkT1, project.resolve(ITK_T1));
		DemoImages.write(head(itkT1), project.resolve(ITK_ROI));

		return new Prepared(colin, labels, sha256(colin, labels), notes);
	}

	/** @return the non-zero voxels of {@code t1} as a uint8 mask (1 inside) */
	static Image head(Image t1) {
		return Masks.nonZero(t1);
	}

	/** The box of {@link #BOX_SIZE_MM} about {@code centre}, axes −x, −y, +z (as the MNI images), isotropic spacing. */
	static ImageGeometry box(double[] centre, double spacing) {
		long[] size = new long[3];
		double[] origin = new double[3];
		double[] sign = { -1, -1, 1 };
		for (int a = 0; a < 3; a++) {
			size[a] = (long) Math.floor(BOX_SIZE_MM[a] / spacing + 1e-9) + 1;
			origin[a] = centre[a] - sign[a] * (size[a] - 1) * spacing / 2;
		}
		return new ImageGeometry(size, new double[] { spacing, spacing, spacing }, origin, new double[] { -1, 0, 0, 0, -1, 0, 0, 0, 1 });
	}

	private static Image linear(Image in, ImageGeometry grid) {
		return Resampler.of(in).interpolation(Interpolation.LINEAR).outputGeometry(grid).outputPixelType(PixelType.FLOAT32).resample();
	}

	/** 1 where the AAL label is in 91–116, else 0; uint8 on the atlas grid. */
	static Image cerebellumMask(Image aal) {
		int n = (int) aal.voxelCount();
		byte[] m = new byte[n];
		int count = 0;
		for (int i = 0; i < n; i++) {
			double v = aal.getDouble(i, 0);
			if (v >= CEREBELLUM_FIRST && v <= CEREBELLUM_LAST) {
				m[i] = 1;
				count++;
			}
		}
		if (count == 0) {
			throw WorkflowException.failure("aal.nii.gz has no voxel with a cerebellum label (91–116); it is not the AAL atlas expected.", null);
		}
		return Image.ofUInt8(aal.geometry(), m);
	}

	/** The smallest distance (mm) from a foreground voxel centre of {@code mask} to a face of {@code box}'s extent. */
	static double minimumMargin(Image mask, ImageGeometry box) {
		ImageGeometry g = mask.geometry();
		long[] size = g.size();
		double[] idx = new double[3];
		double min = Double.POSITIVE_INFINITY;
		int i = 0;
		for (long z = 0; z < size[2]; z++) {
			for (long y = 0; y < size[1]; y++) {
				for (long x = 0; x < size[0]; x++, i++) {
					if (mask.getDouble(i, 0) == 0) {
						continue;
					}
					idx[0] = x;
					idx[1] = y;
					idx[2] = z;
					double[] c = box.physicalToContinuousIndex(g.indexToPhysical(idx));
					for (int a = 0; a < 3; a++) {
						// the grid covers index −0.5 … size − 0.5
						min = Math.min(min, Math.min(c[a] + 0.5, box.size(a) - 0.5 - c[a]) * box.spacing(a));
					}
				}
			}
		}
		return min;
	}

	/**
	 * The geometry given by a NIfTI file's sform, in LPS. ITK 5.2 (and SegSense, which follows it) uses the
	 * sform only when its code is 1; niivue's mni152.nii.gz has sform code 2 (aligned to MNI) with the MNI
	 * placement and a qform (code 2) with origin 0, so as ITK reads it, it is not in MNI coordinates.
	 *
	 * @param read the geometry as read, whose size is kept
	 */
	static ImageGeometry sformGeometry(Path file, ImageGeometry read) {
		byte[] h = new byte[348];
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file)); DataInputStream d = new DataInputStream(in)) {
			d.readFully(h);
		} catch (IOException e) {
			throw WorkflowException.badInput(file + ": cannot read the NIfTI header (" + e.getMessage() + ").", e);
		}
		ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
		if (b.getInt(0) != 348) {
			b.order(ByteOrder.BIG_ENDIAN);
		}
		if (b.getInt(0) != 348 || b.getShort(254) <= 0) {
			throw WorkflowException.badInput(file + ": not a NIfTI-1 file with an sform; the demo needs the sform of niivue's mni152.nii.gz.");
		}
		double[][] s = new double[3][4];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 4; c++) {
				s[r][c] = b.getFloat(280 + 16 * r + 4 * c);
			}
		}
		double[] spacing = new double[3];
		double[] direction = new double[9];
		for (int c = 0; c < 3; c++) {
			spacing[c] = Math.sqrt(s[0][c] * s[0][c] + s[1][c] * s[1][c] + s[2][c] * s[2][c]);
			for (int r = 0; r < 3; r++) {
				direction[r * 3 + c] = (r < 2 ? -1 : 1) * s[r][c] / spacing[c]; // RAS → LPS
			}
			if (Math.abs(spacing[c] - read.spacing(c)) > 1e-4 * read.spacing(c)) {
				throw WorkflowException.badInput(file + ": its sform's spacing " + fmt(spacing) + " differs from the header's " + fmt(read.spacing()) + ".");
			}
		}
		double[] origin = { -s[0][3], -s[1][3], s[2][3] };
		return new ImageGeometry(read.size(), read.spacing(), origin, direction);
	}

	/** SHA-256 of a training case: its grid, the image voxels (float32 LE) and the labels (uint8). */
	static String sha256(Image image, Image labels) {
		return Sha256.digest().update(image.geometry().toString()).update(image.floats()).update(labels.bytes()).hex();
	}

	static String sizeText(ImageGeometry g) {
		return g.size(0) + "×" + g.size(1) + "×" + g.size(2);
	}

	private static String fmt(double[] v) {
		StringBuilder sb = new StringBuilder("(");
		for (int i = 0; i < v.length; i++) {
			sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", v[i]));
		}
		return sb.append(')').toString();
	}
}
