// SPDX-License-Identifier: EPL-2.0
package org.segsense.tensorflow.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * TensorFlow Java inside the OSGi test runtime (Equinox, Java 17, no JVM flags): the natives load
 * from the fragment, a Conv3D graph computes what plain Java computes, and a SavedModel survives an
 * export/load round trip.
 */
class TensorFlowRuntimeTest {

    private static final int N = 8;          // input volume N^3, one channel
    private static final int K = 3;          // kernel K^3
    private static final int OUT_CHANNELS = 2;
    private static final int M = N - K + 1;  // VALID output size

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        String version = TensorFlowRuntime.ensureLoaded();
        System.out.printf("TensorFlow %s loaded in %d ms (natives %s, cache %s, oneDNN requested: %s)%n",
                version, (System.nanoTime() - start) / 1_000_000L, TensorFlowRuntime.nativesPlatform(),
                System.getProperty(TensorFlowRuntime.CACHE_DIR_PROPERTY), TensorFlowRuntime.oneDnnRequested());
    }

    @Test
    void loadsTensorFlow2180() {
        assertEquals("2.18.0", TensorFlowRuntime.ensureLoaded());
        assertEquals("2.18.0", org.tensorflow.TensorFlow.version());
        assertTrue(TensorFlowRuntime.isLoaded());
        assertTrue(TensorFlowRuntime.loadMillis() >= 0);
    }

    @Test
    void javaCppCacheIsThePerVersionFolder() {
        String cacheDir = System.getProperty(TensorFlowRuntime.CACHE_DIR_PROPERTY);
        assertNotNull(cacheDir);
        assertEquals(TensorFlowRuntime.defaultCacheDir().toString(), cacheDir);
        assertTrue(cacheDir.endsWith("tensorflow-1.1.0-linux-x86_64"), cacheDir);
        assertTrue(Files.isDirectory(Path.of(cacheDir)), "JavaCPP unpacked into " + cacheDir);
    }

    @Test
    void bundleExportsTheTensorFlowPackagesAndHasItsNativesFragment() {
        Bundle bundle = FrameworkUtil.getBundle(TensorFlowRuntime.class);
        assertEquals("org.segsense.tensorflow", bundle.getSymbolicName());
        String exports = bundle.getHeaders().get("Export-Package");
        for (String pkg : List.of("org.tensorflow;", "org.tensorflow.op;", "org.tensorflow.op.nn;",
                "org.tensorflow.ndarray;", "org.tensorflow.types;", "org.tensorflow.proto;",
                "org.tensorflow.framework.optimizers;", "org.tensorflow.internal.c_api.global;",
                "com.google.protobuf;", "org.bytedeco.javacpp;")) {
            assertTrue(exports.contains(pkg), "exports " + pkg);
        }
        List<BundleWire> hosted = bundle.adapt(BundleWiring.class).getProvidedWires(BundleRevision.HOST_NAMESPACE);
        assertTrue(hosted.stream().anyMatch(w -> w.getRequirer().getSymbolicName()
                .equals("org.segsense.tensorflow.natives.linux.x86_64")), "natives fragment attached: " + hosted);
        assertTrue(TensorFlowRuntime.nativesPresent());
    }

    @Test
    void conv3dMatchesPlainJava() {
        float[] input = input();
        float[] kernel = kernel();
        float[] expected = conv3dValid(input, kernel);
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            Operand<TFloat32> x = tf.constant(Shape.of(1, N, N, N, 1), DataBuffers.of(input));
            Operand<TFloat32> w = tf.constant(Shape.of(K, K, K, 1, OUT_CHANNELS), DataBuffers.of(kernel));
            Operand<TFloat32> y = tf.nn.conv3d(x, w, List.of(1L, 1L, 1L, 1L, 1L), "VALID");
            try (Result r = s.runner().fetch(y).run()) {
                TFloat32 out = (TFloat32) r.get(0);
                assertEquals(Shape.of(1, M, M, M, OUT_CHANNELS), out.shape());
                float[] actual = read(out);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 1e-4f * (1 + Math.abs(expected[i])), "voxel " + i);
                }
            }
        }
    }

    @Test
    void savedModelRoundTrip(@TempDir Path dir) throws Exception {
        Path modelDir = dir.resolve("model");
        float[] input = input();
        float[] before;
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Ops tf = Ops.create(g);
            Placeholder<TFloat32> x = tf.withName("input").placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(-1, -1, -1, -1, 1)));
            Variable<TFloat32> w = tf.withName("kernel").variable(
                    tf.constant(Shape.of(K, K, K, 1, OUT_CHANNELS), DataBuffers.of(kernel())));
            Operand<TFloat32> y = tf.withName("output").math.add(
                    tf.nn.conv3d(x, w, List.of(1L, 1L, 1L, 1L, 1L), "SAME"), tf.constant(0.5f));
            Signature signature = Signature.builder().key(Signature.DEFAULT_KEY)
                    .input("image", x).output("scores", y).build();
            s.initialize();
            try (TFloat32 in = TFloat32.tensorOf(Shape.of(1, N, N, N, 1), DataBuffers.of(input));
                    Result r = s.runner().feed(x, in).fetch(y).run()) {
                before = read((TFloat32) r.get(0));
            }
            SavedModelBundle.exporter(modelDir.toString()).withSession(s).withSignature(signature).export();
        }
        assertTrue(Files.isRegularFile(modelDir.resolve("saved_model.pb")));

        try (SavedModelBundle model = SavedModelBundle.loader(modelDir.toString()).withTags("serve").load();
                TFloat32 in = TFloat32.tensorOf(Shape.of(1, N, N, N, 1), DataBuffers.of(input));
                Result r = model.function("serving_default").call(Map.of("image", in))) {
            Tensor out = r.get("scores").orElseThrow();
            assertEquals(Shape.of(1, N, N, N, OUT_CHANNELS), out.shape());
            float[] after = read((TFloat32) out);
            assertArrayEquals(before, after, "same graph, same weights, same device: identical output");
            // And the loaded model still computes the convolution (centre voxel, full support).
            float[] valid = conv3dValid(input, kernel());
            int c = 3;
            for (int o = 0; o < OUT_CHANNELS; o++) {
                float expected = valid[(((c - 1) * M + (c - 1)) * M + (c - 1)) * OUT_CHANNELS + o] + 0.5f;
                assertEquals(expected, after[((c * N + c) * N + c) * OUT_CHANNELS + o], 1e-4f * (1 + Math.abs(expected)));
            }
        }
    }

    // --- plain-Java reference -------------------------------------------------------------

    /** Input voxel (d,h,w) at index (d*N + h)*N + w: a non-symmetric pattern. */
    private static float[] input() {
        float[] v = new float[N * N * N];
        for (int d = 0; d < N; d++) {
            for (int h = 0; h < N; h++) {
                for (int w = 0; w < N; w++) {
                    v[(d * N + h) * N + w] = ((d * 7 + h * 3 + w * 5) % 11) / 4f - 1f + 0.01f * d * w;
                }
            }
        }
        return v;
    }

    /** Kernel [kd][kh][kw][in=1][out] flattened in TensorFlow's DHWIO order. */
    private static float[] kernel() {
        float[] k = new float[K * K * K * OUT_CHANNELS];
        for (int i = 0; i < K * K * K; i++) {
            k[i * OUT_CHANNELS] = (i % 5) - 2f;               // channel 0
            k[i * OUT_CHANNELS + 1] = 0.25f * ((i * 3) % 7);  // channel 1
        }
        return k;
    }

    /** TensorFlow's conv3d (cross-correlation), stride 1, VALID; NDHWC output flattened. */
    private static float[] conv3dValid(float[] in, float[] k) {
        float[] out = new float[M * M * M * OUT_CHANNELS];
        for (int d = 0; d < M; d++) {
            for (int h = 0; h < M; h++) {
                for (int w = 0; w < M; w++) {
                    for (int o = 0; o < OUT_CHANNELS; o++) {
                        double sum = 0;
                        for (int a = 0; a < K; a++) {
                            for (int b = 0; b < K; b++) {
                                for (int c = 0; c < K; c++) {
                                    sum += in[((d + a) * N + (h + b)) * N + (w + c)]
                                            * k[((a * K + b) * K + c) * OUT_CHANNELS + o];
                                }
                            }
                        }
                        out[((d * M + h) * M + w) * OUT_CHANNELS + o] = (float) sum;
                    }
                }
            }
        }
        return out;
    }

    private static float[] read(TFloat32 t) {
        float[] a = new float[(int) t.size()];
        t.copyTo(DataBuffers.of(a, false, false));
        return a;
    }
}
