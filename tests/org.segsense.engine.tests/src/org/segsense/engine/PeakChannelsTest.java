// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.backend.JavaImageBackend;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.Peaks;
import org.segsense.image.io.ImageIO;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsenseFactory;
import org.segsense.inference.InferenceEngines;
import org.segsense.inference.EngineDescriptor;
import org.segsense.inference.LoadOptions;
import org.segsense.inference.ModelDescriptor;
import org.segsense.inference.OutputKind;
import org.segsense.inference.TensorSpec;
import org.segsense.inference.preprocess.Normalization;
import org.segsense.inference.spi.Device;
import org.segsense.inference.spi.EngineModel;
import org.segsense.inference.spi.InferenceEngine;
import org.segsense.model.FileReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.Study;
import org.segsense.perturb.PerturbationCatalog;
import org.segsense.perturb.PerturbationInput;

/**
 * A case channel that is a 4-D peak file named "peaks" is read as a peak image, so the catalogue's rotation turns its
 * vectors with the content, and the model gets them back in the file's RAS frame. Closed form: a constant field of
 * file vectors a (RAS), rotated by rx = 90° (ITK Euler3D, LPS): the model's vector at the rotation centre is
 * F·Rx(90°)·F·a with F = diag(−1, −1, 1) — not Rx(90°)·a, which a reader ignoring the frame would give.
 */
class PeakChannelsTest {

	@TempDir
	Path dir;

	private static final int N = 9;
	private static final double[] A = { 0.3, 0.5, 0.8 }, B = { 0.5, 0, 0 };

	private Path writePeakFile(String file) throws Exception {
		int voxels = N * N * N;
		float[] v = new float[voxels * 9];
		for (int c = 0; c < 3; c++) {
			for (int i = 0; i < voxels; i++) {
				v[c * voxels + i] = (float) A[c];
				v[(3 + c) * voxels + i] = (float) B[c];
			}
		}
		double[] d4 = new double[16];
		d4[0] = d4[5] = d4[10] = d4[15] = 1;
		ImageGeometry g4 = new ImageGeometry(new long[] { N, N, N, 9 }, new double[] { 1, 1, 1, 1 }, new double[4], d4);
		Path p = dir.resolve(file);
		ImageIO.write(Image.of(g4, v), p);
		return p;
	}

	private static Case caseWith(String channelName, String file) {
		Case c = SegsenseFactory.eINSTANCE.createCase();
		c.setId("c1");
		ImageChannel ch = SegsenseFactory.eINSTANCE.createImageChannel();
		ch.setName(channelName);
		ch.setPath(file);
		c.getChannels().add(ch);
		return c;
	}

	/** Asserts the peak at component offset 3j of the voxel equals e up to sign (a peak is an axis), to 1e-5. */
	private static void assertPeak(double[] e, Image im, long voxel, int j) {
		double dot = 0;
		for (int c = 0; c < 3; c++) {
			dot += e[c] * im.getDouble(voxel, 3 * j + c);
		}
		double s = Math.signum(dot);
		for (int c = 0; c < 3; c++) {
			assertEquals(s * e[c], im.getDouble(voxel, 3 * j + c), 1e-5, "peak " + j + " component " + c);
		}
	}

	@Test
	void aRotationOnAPeakChannelHandsTheModelRotatedVectorsInTheFilesFrame() throws Exception {
		writePeakFile("peaks.nii.gz");
		CaseData cd = CaseData.load(caseWith("peaks", "peaks.nii.gz"), dir, new JavaImageBackend());
		assertEquals(Map.of(0, Peaks.Frame.WORLD_RAS), cd.peakFrames());
		Image lps = cd.channels().get(0);
		assertEquals(3, lps.dimension());
		assertEquals(9, lps.components());
		long centre = (4L * N + 4) * N + 4;
		assertPeak(new double[] { -A[0], -A[1], A[2] }, lps, centre, 0); // RAS → LPS on reading

		Image rotated = PerturbationCatalog.installed().require("rotation")
				.apply(new PerturbationInput(lps, null, null), Map.of("rx", 90.0, "ry", 0.0, "rz", 0.0), new SplittableRandom(1)).image();
		Image model = cd.modelInput(List.of(rotated)).get(0);
		assertEquals(9, model.components());
		// Rx(90°) = [[1,0,0],[0,0,−1],[0,1,0]] in LPS; F·Rx·F·a for a = (ax, ay, az) is (ax, az, −ay)
		assertPeak(new double[] { A[0], A[2], -A[1] }, model, centre, 0);
		assertPeak(new double[] { B[0], B[2], -B[1] }, model, centre, 1);
		assertPeak(new double[] { 0, 0, 0 }, model, centre, 2);
		// the frame matters: Rx·a taken as if a were LPS is (ax, −az, ay), another axis
		double[] naive = { A[0], -A[2], A[1] };
		double dot = naive[0] * model.getDouble(centre, 0) + naive[1] * model.getDouble(centre, 1) + naive[2] * model.getDouble(centre, 2);
		assertTrue(Math.abs(dot) < 0.99 * (A[0] * A[0] + A[1] * A[1] + A[2] * A[2]), "not the frame-blind result: " + dot);
	}

	/** An engine that records what the model is handed and answers "background" everywhere. */
	private static final class CapturingEngine implements InferenceEngine {
		float[] input;
		int[] zyx;

		@Override
		public boolean recognises(Path modelDir) {
			return true;
		}

		@Override
		public List<Device> devices() {
			return List.of(new Device("java:cpu:0", "CPU", 0));
		}

		@Override
		public Map<String, String> runtimeInfo() {
			return Map.of("runtime", "capturing test engine");
		}

		@Override
		public EngineModel load(Path modelDir, LoadOptions options) {
			ModelDescriptor d = new ModelDescriptor("capture", modelDir, "serving_default", new TensorSpec("image", "DT_FLOAT",
					new long[] { -1, -1, -1, -1, 9 }), new TensorSpec("probabilities", "DT_FLOAT", new long[] { -1, -1, -1, -1, 2 }),
					OutputKind.PROBABILITIES, Normalization.NONE, new int[] { 0, 1 }, Map.of());
			return new EngineModel() {
				@Override
				public ModelDescriptor descriptor() {
					return d;
				}

				@Override
				public String device() {
					return "java:cpu:0";
				}

				@Override
				public float[] run(float[] in, int batch, int nz, int ny, int nx) {
					input = in.clone();
					zyx = new int[] { nz, ny, nx };
					float[] out = new float[batch * nz * ny * nx * 2];
					for (int i = 0; i < out.length; i += 2) {
						out[i] = 1;
					}
					return out;
				}

				@Override
				public void close() {
				}
			};
		}
	}

	@Test
	void aJobWithARotationOnAPeakChannelHandsTheEngineRotatedVectors() throws Exception {
		writePeakFile("peaks.nii.gz");
		ImageGeometry g = new ImageGeometry(new long[] { N, N, N }, new double[] { 1, 1, 1 }, new double[3], ImageGeometry.identity(3));
		ImageIO.write(Image.ofUInt8(g, new byte[N * N * N]), dir.resolve("labels.nii.gz"));
		SegsenseFactory f = SegsenseFactory.eINSTANCE;
		Study study = f.createStudy();
		Case c = caseWith("peaks", "peaks.nii.gz");
		FileReference lr = f.createFileReference();
		lr.setPath("labels.nii.gz");
		c.setLabelImage(lr);
		study.getCases().add(c);
		ModelVariant v = f.createModelVariant();
		v.setId("m");
		FileReference mr = f.createFileReference();
		mr.setPath("model");
		v.setSavedModel(mr);
		v.setNormalization(NormalizationMethod.NONE);
		study.getModelVariants().add(v);
		study.setReference(f.createGroundTruthReference());
		java.nio.file.Files.createDirectories(dir.resolve("model"));
		CapturingEngine engine = new CapturingEngine();
		InferenceEngines engines = InferenceEngines.of(List.of(new EngineDescriptor("capture", "capture", "test", engine)));
		try (InferenceWorkers workers = new InferenceWorkers(Map.of("m", v), dir, engines, new LoadOptions(org.segsense.inference.DeviceChoice.CPU,
				1, false), null)) {
			JobPipeline pipeline = new JobPipeline(study, dir, dir, 2, PerturbationCatalog.installed(), workers);
			Job job = new Job(0, "case=c1|variant=m|rot.rx=90", "c1", "m", List.of(new JobSetting("rot", "rotation", "rx", 90, Map.of("ry", 0.0,
					"rz", 0.0))), 1);
			Timings t = new Timings();
			pipeline.infer(pipeline.perturb(pipeline.load(job, t), t), t);
		}
		assertEquals(List.of(N, N, N), List.of(engine.zyx[0], engine.zyx[1], engine.zyx[2]));
		int centre = ((4 * N + 4) * N + 4) * 9; // [z, y, x, channel], channel fastest
		Image handed = Image.of(g, org.segsense.image.PixelType.FLOAT32, 9, java.util.Arrays.copyOfRange(engine.input, 0, N * N * N * 9));
		assertEquals(engine.input[centre], handed.getDouble(centre / 9, 0), 0);
		// F·Rx(90°)·F·a = (ax, az, −ay) for each peak: the vectors turned with the content, in the file's RAS frame
		assertPeak(new double[] { A[0], A[2], -A[1] }, handed, centre / 9, 0);
		assertPeak(new double[] { B[0], B[2], -B[1] }, handed, centre / 9, 1);
		assertPeak(new double[] { 0, 0, 0 }, handed, centre / 9, 2);
	}

	@Test
	void aFourDChannelNotNamedPeaksGivesOneChannelPerVolumeAsStored() throws Exception {
		writePeakFile("volumes.nii.gz");
		CaseData cd = CaseData.load(caseWith("dwi", "volumes.nii.gz"), dir, new JavaImageBackend());
		assertTrue(cd.peakFrames().isEmpty());
		Image im = cd.channels().get(0);
		assertEquals(9, im.components());
		assertPeak(A, im, 0, 0); // values as stored (no RAS → LPS)
		assertEquals(List.of(im), cd.modelInput(List.of(im)));
		assertNull(PeakChannels.frame("peaks", Image.of(new ImageGeometry(new long[] { 2, 2, 2 }, new double[] { 1, 1, 1 }, new double[3],
				ImageGeometry.identity(3)), new float[8])), "a 3-D scalar file is no peak file, whatever its name");
		CaseData fsl = CaseData.load(caseWith("fsl-peaks", "volumes.nii.gz"), dir, new JavaImageBackend());
		assertEquals(Map.of(0, Peaks.Frame.FSL_VOXEL), fsl.peakFrames());
	}
}
