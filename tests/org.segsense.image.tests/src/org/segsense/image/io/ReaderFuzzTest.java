// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;
import org.segsense.image.io.internal.NiftiFormat;

/**
 * Fuzz-style robustness test of the built-in readers (SPEC, Reliability: "Readers reject malformed or
 * hostile files … with a clear error and bounded memory").
 * <p>
 * For every format ({@code .nii}, {@code .nii.gz}, {@code .hdr/.img}, {@code .mha}, {@code .mhd+.raw},
 * {@code .nrrd}, {@code .nhdr+.raw}) small valid seed files are written with SegSense's writers (several
 * pixel types, 2-D, 3-D and vector images, NIfTI-1/-2 and both byte orders, zlib/gzip-encoded MetaImage
 * and NRRD data) and {@value #MUTANTS} mutants are derived from them with a {@link SplittableRandom}
 * seeded per mutant: byte flips in the header, overwrites of dim/datatype/bitpix/vox_offset/pixdim/
 * scaling/orientation fields with extreme values, truncations, appended garbage, duplicated, deleted
 * and swapped header lines, numbers replaced by huge/negative/NaN/non-numeric values, injected header
 * fields, broken data-file references, and corrupted gzip streams.
 * <p>
 * For each mutant {@link ImageIO#read} must, within {@value #TIMEOUT_MS} ms, either return an image
 * whose buffer holds voxelCount × components elements, or throw an {@link ImageFormatException} whose
 * message starts with the name of one of the mutant's files. <b>Any other outcome fails</b>: any
 * {@link Error} (OutOfMemoryError included), any {@link RuntimeException}, and any {@link IOException}
 * — {@code ImageIO.read} declares IOException only for file-system failures, and the file system
 * here is healthy, so an IOException (ZipException, EOFException, NoSuchFileException …) from a mutant
 * means a malformed file escaped as a low-level error instead of a user-facing
 * {@code ImageFormatException}. The declared-size limit {@link ImageIO#MAX_BYTES_PROPERTY} is set to
 * 64 MiB for the test so that huge declared sizes are refused before allocation.
 * <p>
 * A failure lists each failing mutant as {@code format #index seed=0x…} with the mutations applied;
 * rerun a single one with {@code -Dsegsense.fuzz.only=FORMAT:INDEX} (e.g. {@code NII_GZ:17}); the
 * mutant's files are then kept under {@code java.io.tmpdir/segsense-fuzz}.
 */
class ReaderFuzzTest {

    /** Mutants per format; {@code -Dsegsense.fuzz.mutants=N} runs more for a deeper search. */
    static final int MUTANTS = Integer.getInteger("segsense.fuzz.mutants", 320);
    static final long TIMEOUT_MS = 2000;
    static final long BASE_SEED = 0x5E65E45E_F022L;
    static final String LIMIT = "67108864";

    @TempDir
    Path tmp;

    private static String oldLimit;
    private static ExecutorService executor;

    @BeforeAll
    static void boundMemory() {
        oldLimit = System.getProperty(ImageIO.MAX_BYTES_PROPERTY);
        System.setProperty(ImageIO.MAX_BYTES_PROPERTY, LIMIT);
        executor = newExecutor();
    }

    @AfterAll
    static void restore() {
        if (oldLimit == null) {
            System.clearProperty(ImageIO.MAX_BYTES_PROPERTY);
        } else {
            System.setProperty(ImageIO.MAX_BYTES_PROPERTY, oldLimit);
        }
        executor.shutdownNow();
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** The formats and the file names of a seed: the first file is the one given to ImageIO.read. */
    enum Kind {
        NII("s.nii"), NII_GZ("s.nii.gz"), ANALYZE("s.hdr", "s.img"), MHA("s.mha"), MHD("s.mhd", "s.raw"), NRRD("s.nrrd"),
        NHDR("s.nhdr", "s.raw");

        final String[] names;

        Kind(String... names) {
            this.names = names;
        }

        boolean text() {
            return this == MHA || this == MHD || this == NRRD || this == NHDR;
        }
    }

    /** One seed: file contents by name (NII_GZ holds the uncompressed content; it is gzipped after mutation). */
    static final class Seed {
        final String label;
        final Map<String, byte[]> files = new LinkedHashMap<>();
        /** Length of the text header (text formats) or the binary header (NIfTI). */
        int headerLength;
        int niftiVersion = 1;
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;

        Seed(String label) {
            this.label = label;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Seeds

    static List<Image> seedImages() {
        List<Image> list = new ArrayList<>();
        ImageGeometry g3 = new ImageGeometry(new long[] {5, 4, 3}, new double[] {0.5, 1.25, 2}, new double[] {-3, 4.5, 7},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        list.add(SyntheticImages.ramp(g3, PixelType.UINT8, 1));
        list.add(SyntheticImages.ramp(SyntheticImages.oblique3d(), PixelType.INT16, 1));
        list.add(SyntheticImages.ramp(new ImageGeometry(new long[] {4, 3, 2}, new double[] {1, 1, 1.5}, new double[] {0, 0, 0},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}), PixelType.FLOAT32, 3));
        list.add(SyntheticImages.ramp(new ImageGeometry(new long[] {6, 5}, new double[] {0.8, 1.1}, new double[] {2, -1},
                new double[] {1, 0, 0, 1}), PixelType.FLOAT64, 1));
        return list;
    }

    static List<Seed> seeds(Kind kind, Path dir) throws Exception {
        List<Seed> seeds = new ArrayList<>();
        int n = 0;
        for (Image image : seedImages()) {
            Path d = Files.createDirectories(dir.resolve("seed-" + kind + "-" + n++));
            switch (kind) {
                case NII:
                case NII_GZ: {
                    for (int variant = 0; variant < 3; variant++) {
                        NiftiFormat.Options o = new NiftiFormat.Options();
                        o.version = variant == 2 ? 2 : 1;
                        o.order = variant == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                        Path f = d.resolve("v" + variant + ".nii");
                        new NiftiFormat().write(image, f, o);
                        Seed s = new Seed(image.pixelType() + "x" + image.components() + " nifti" + o.version + " " + o.order);
                        s.files.put(kind.names[0], Files.readAllBytes(f));
                        s.headerLength = o.version == 2 ? 544 : 352;
                        s.niftiVersion = o.version;
                        s.order = o.order;
                        seeds.add(s);
                    }
                    break;
                }
                case ANALYZE: {
                    // A NIfTI-1 pair (magic ni1) written from the single-file form: 348-byte header + 4-byte
                    // extension flag in .hdr, voxels in .img.
                    Path f = d.resolve("p.nii");
                    ImageIO.write(image, f);
                    byte[] all = Files.readAllBytes(f);
                    byte[] hdr = Arrays.copyOf(all, 352);
                    hdr[344] = 'n';
                    hdr[345] = 'i';
                    hdr[346] = '1';
                    ByteBuffer.wrap(hdr).order(ByteOrder.LITTLE_ENDIAN).putFloat(108, 0f);
                    Seed s = new Seed(image.pixelType() + "x" + image.components() + " ni1 pair");
                    s.files.put("s.hdr", hdr);
                    s.files.put("s.img", Arrays.copyOfRange(all, 352, all.length));
                    s.headerLength = 352;
                    seeds.add(s);
                    // Analyze 7.5 (no magic) variant; Analyze has no intent code, so (as in ITK) a dim[5] > 1
                    // is a fifth axis, not vector components: only scalar images make valid seeds.
                    if (image.components() > 1) {
                        break;
                    }
                    byte[] ana = hdr.clone();
                    ana[344] = ana[345] = ana[346] = 0;
                    Seed a = new Seed(image.pixelType() + "x" + image.components() + " analyze");
                    a.files.put("s.hdr", ana);
                    a.files.put("s.img", s.files.get("s.img"));
                    a.headerLength = 348;
                    seeds.add(a);
                    break;
                }
                case MHA:
                case MHD:
                case NRRD:
                case NHDR: {
                    Path f = d.resolve(kind.names[0]);
                    ImageIO.write(image, f);
                    Seed s = new Seed(image.pixelType() + "x" + image.components() + " " + kind);
                    byte[] header = Files.readAllBytes(f);
                    byte[] data;
                    if (kind == Kind.MHD || kind == Kind.NHDR) {
                        data = Files.readAllBytes(d.resolve("s.raw"));
                    } else {
                        int end = kind == Kind.MHA ? indexAfter(header, "ElementDataFile = LOCAL\n") : indexAfter(header, "\n\n");
                        data = Arrays.copyOfRange(header, end, header.length);
                        header = Arrays.copyOf(header, end);
                    }
                    addTextSeed(seeds, kind, s, header, data);
                    // Compressed variant: MetaImage zlib (CompressedData = True), NRRD gzip encoding.
                    Seed c = new Seed(s.label + " compressed");
                    String h = new String(header, StandardCharsets.ISO_8859_1);
                    byte[] packed;
                    if (kind == Kind.MHA || kind == Kind.MHD) {
                        h = h.replace("CompressedData = False", "CompressedData = True");
                        packed = deflate(data);
                        h = h.replace("ElementType", "CompressedDataSize = " + packed.length + "\nElementType");
                    } else {
                        h = h.replace("encoding: raw", "encoding: gzip");
                        packed = gzip(data);
                    }
                    addTextSeed(seeds, kind, c, h.getBytes(StandardCharsets.ISO_8859_1), packed);
                    break;
                }
                default:
                    throw new AssertionError(kind);
            }
        }
        // Every seed must itself be readable: otherwise the fuzzing proves nothing.
        for (int i = 0; i < seeds.size(); i++) {
            Path d = Files.createDirectories(dir.resolve("check-" + kind + "-" + i));
            Path f = materialise(kind, seeds.get(i).files, d, false);
            Image img = ImageIO.read(f);
            assertEquals(img.voxelCount() * img.components(), Array.getLength(img.buffer()), "seed " + seeds.get(i).label);
        }
        return seeds;
    }

    private static void addTextSeed(List<Seed> seeds, Kind kind, Seed s, byte[] header, byte[] data) {
        if (kind == Kind.MHA || kind == Kind.NRRD) {
            byte[] all = Arrays.copyOf(header, header.length + data.length);
            System.arraycopy(data, 0, all, header.length, data.length);
            s.files.put(kind.names[0], all);
        } else {
            s.files.put(kind.names[0], header);
            s.files.put("s.raw", data);
        }
        s.headerLength = header.length;
        seeds.add(s);
    }

    private static int indexAfter(byte[] b, String marker) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int i = s.indexOf(marker);
        assertTrue(i >= 0, "seed lacks " + marker.trim());
        return i + marker.length();
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bo)) {
            out.write(b);
        }
        return bo.toByteArray();
    }

    static byte[] deflate(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bo, new Deflater())) {
            out.write(b);
        }
        return bo.toByteArray();
    }

    /** Writes the files of a (mutated) seed into {@code dir}; returns the file to read. */
    static Path materialise(Kind kind, Map<String, byte[]> files, Path dir, boolean readPartner) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] content = e.getValue();
            if (kind == Kind.NII_GZ && e.getKey().equals("s.nii.gz") && !files.containsKey("#gz")) {
                content = gzip(content);
            }
            if (!e.getKey().startsWith("#")) {
                Files.write(dir.resolve(e.getKey()), content);
            }
        }
        if (kind == Kind.NII_GZ && files.containsKey("#gz")) {
            Files.write(dir.resolve("s.nii.gz"), files.get("#gz"));
        }
        return dir.resolve(readPartner && kind == Kind.ANALYZE ? "s.img" : kind.names[0]);
    }

    // ---------------------------------------------------------------------------------------------
    // Mutations

    static final short[] SHORTS = {0, -1, 1, 2, 3, 4, 5, 7, 8, 9, 16, 255, 256, 1000, 1007, 1005, 1004, 2304, 128, 1536, 32767, -32768,
            -2};
    static final double[] REALS = {0, -0.0, -1, 1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e38, -1e38, 3.4e38,
            1e-45, 1e300, -1e300, 348, 351, 352, 353, 540, 544, 1e10, 2147483648.0, 4294967296.0, 9.3e18};
    static final long[] LONGS = {0, -1, 1, 2, 3, 5, 7, 8, 9, 32767, 65536, Integer.MAX_VALUE, 1L << 31, 1L << 32, 1L << 40, 1L << 62,
            Long.MAX_VALUE, Long.MIN_VALUE, -5};
    static final String[] NASTY = {"-1", "0", "-0", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e308", "-1e308", "1e19",
            "9223372036854775807", "9223372036854775808", "2147483647", "2147483648", "4294967296", "65536", "1e-320", "0x10",
            "1.5", "", "abc", "3 4", "99999999999999999999999999", "-2147483648", "1,2", "(1,2,3)", "\u00ff\u00fe", "\t", "16", "5"};
    static final String[] MHA_FIELDS = {"NDims = 4", "NDims = 1", "NDims = 3", "DimSize = 1000000 1000000 1000000",
            "DimSize = 0 5 5", "ElementSpacing = 0 0 0", "ElementSpacing = NaN 1 1", "Offset = Infinity 0 0",
            "TransformMatrix = 0 0 0 0 0 0 0 0 0", "TransformMatrix = 1 0 0 1 0 0 0 0 1", "HeaderSize = -1", "HeaderSize = -7",
            "HeaderSize = 1e18", "HeaderSize = 9223372036854775807", "HeaderSize = 17", "CompressedData = True",
            "CompressedData = False", "BinaryData = False", "BinaryDataByteOrderMSB = True", "ElementByteOrderMSB = True",
            "ElementNumberOfChannels = 2147483647", "ElementNumberOfChannels = 0", "ElementNumberOfChannels = 7",
            "ElementNumberOfChannels = -3", "ElementType = MET_STRING", "ElementType = MET_DOUBLE_ARRAY", "ElementType = MET_UCHAR",
            "ElementDataFile = LIST", "ElementDataFile = /dev/zero", "ElementDataFile = missing.raw", "ElementDataFile = ../s.raw",
            "ElementDataFile = .", "ElementDataFile = ", "ElementDataFile = s.mhd", "ElementDataFile = s%03d.raw 1 3 1",
            "ElementDataFile = s\u0000.raw", "ElementDataFile = LOCAL", "CompressedDataSize = 3", "CompressedDataSize = -1"};
    static final String[] NRRD_FIELDS = {"dimension: 16", "dimension: 1", "dimension: 4", "dimension: 0", "sizes: 1000000 1000000 1000000",
            "sizes: 0 4 3", "sizes: 3 4", "type: block", "type: double", "type: uchar", "encoding: bzip2", "encoding: gzip", "encoding: raw",
            "encoding: ascii", "encoding: hex", "endian: big", "space: right-anterior-superior", "space: left-anterior-superior",
            "space: scanner-xyz", "space: 3D-right-handed-time", "space dimension: 4", "space dimension: 2", "space dimension: -1",
            "space directions: none none none", "space directions: (0,0,0) (0,0,0) (0,0,0)", "space directions: (NaN,0,0) (0,1,0) (0,0,1)",
            "space directions: (1,0) (0,1) (1,1)", "space directions: none (1,0,0) (0,1,0) (0,0,1)", "space origin: (NaN,0,0)",
            "space origin: (1e308,1e308,1e308)", "space origin: none", "spacings: NaN NaN NaN", "spacings: 0 0 0", "spacings: -1 -2 -3",
            "kinds: vector domain domain", "kinds: domain domain vector", "kinds: RGB-color space space space", "kinds: complex",
            "byte skip: -1", "byte skip: -2", "byte skip: 1e18", "byte skip: 9223372036854775807", "byte skip: 7", "line skip: 1e12",
            "line skip: 3", "line skip: -1", "data file: LIST", "data file: /dev/zero", "data file: missing.raw", "data file: ../s.raw",
            "data file: s%03d.raw 1 3 1", "data file: s\u0000.raw", "data file: .", "datafile: s.raw", "data file: s.nhdr"};

    /** Applies 1–3 random mutations; returns their description. */
    static String mutate(Kind kind, Seed seed, Map<String, byte[]> files, SplittableRandom r) throws IOException {
        StringBuilder what = new StringBuilder();
        int[] headerLength = {seed.headerLength};
        int count = 1 + r.nextInt(3);
        for (int k = 0; k < count; k++) {
            what.append(what.length() > 0 ? "; " : "").append(kind.text() ? mutateText(kind, headerLength, files, r) : mutateBinary(kind, seed, files, r));
        }
        if (kind == Kind.NII_GZ && r.nextInt(3) == 0) {
            what.append("; ").append(mutateGzip(files, r));
        }
        return what.toString();
    }

    private static String mutateGzip(Map<String, byte[]> files, SplittableRandom r) throws IOException {
        byte[] gz = gzip(files.get("s.nii.gz"));
        String what;
        switch (r.nextInt(7)) {
            case 0: {
                int n = 1 + r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    gz[r.nextInt(gz.length)] ^= (byte) (1 + r.nextInt(255));
                }
                what = "gzip: flip " + n + " compressed bytes";
                break;
            }
            case 1: {
                int len = r.nextInt(gz.length);
                gz = Arrays.copyOf(gz, len);
                what = "gzip: truncate compressed stream at " + len;
                break;
            }
            case 2: {
                int off = r.nextInt(Math.min(10, gz.length));
                gz[off] ^= (byte) (1 + r.nextInt(255));
                what = "gzip: corrupt gzip header byte " + off;
                break;
            }
            case 3: {
                gz[3] = (byte) (1 << r.nextInt(5)); // FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT
                what = "gzip: header flags " + gz[3];
                break;
            }
            case 4: {
                byte[] extra = randomBytes(r, 1 + r.nextInt(200));
                byte[] all = Arrays.copyOf(gz, gz.length + extra.length);
                System.arraycopy(extra, 0, all, gz.length, extra.length);
                gz = all;
                what = "gzip: " + extra.length + " garbage bytes after the stream";
                break;
            }
            case 5: {
                for (int i = Math.max(0, gz.length - 8); i < gz.length; i++) {
                    gz[i] = (byte) r.nextInt(256);
                }
                what = "gzip: random CRC32/ISIZE trailer";
                break;
            }
            default: {
                byte[] second = gzip(randomBytes(r, r.nextInt(100)));
                byte[] all = Arrays.copyOf(gz, gz.length + second.length);
                System.arraycopy(second, 0, all, gz.length, second.length);
                gz = all;
                what = "gzip: second member appended";
                break;
            }
        }
        files.put("#gz", gz);
        return what;
    }

    static byte[] randomBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    /** A NIfTI field: offset and kind ('s' short, 'i' int, 'f' float, 'l' long, 'd' double, 'b' byte). */
    private static final class Field {
        final String name;
        final int offset;
        final char type;

        Field(String name, int offset, char type) {
            this.name = name;
            this.offset = offset;
            this.type = type;
        }
    }

    private static List<Field> fields(int version) {
        List<Field> f = new ArrayList<>();
        if (version == 1) {
            f.add(new Field("sizeof_hdr", 0, 'i'));
            for (int i = 0; i < 8; i++) {
                f.add(new Field("dim[" + i + "]", 40 + 2 * i, 's'));
                f.add(new Field("dim[" + i + "]", 40 + 2 * i, 's')); // dims twice as likely
                f.add(new Field("pixdim[" + i + "]", 76 + 4 * i, 'f'));
            }
            f.add(new Field("intent_code", 68, 's'));
            f.add(new Field("datatype", 70, 's'));
            f.add(new Field("datatype", 70, 's'));
            f.add(new Field("bitpix", 72, 's'));
            f.add(new Field("vox_offset", 108, 'f'));
            f.add(new Field("vox_offset", 108, 'f'));
            f.add(new Field("scl_slope", 112, 'f'));
            f.add(new Field("scl_inter", 116, 'f'));
            f.add(new Field("xyzt_units", 123, 'b'));
            f.add(new Field("orient/qform_code", 252, 's'));
            f.add(new Field("sform_code", 254, 's'));
            for (int i = 0; i < 6; i++) {
                f.add(new Field("quatern/qoffset[" + i + "]", 256 + 4 * i, 'f'));
            }
            for (int i = 0; i < 12; i++) {
                f.add(new Field("srow[" + i + "]", 280 + 4 * i, 'f'));
            }
            f.add(new Field("magic", 344, 'i'));
        } else {
            f.add(new Field("sizeof_hdr", 0, 'i'));
            f.add(new Field("magic", 4, 'i'));
            f.add(new Field("datatype", 12, 's'));
            f.add(new Field("bitpix", 14, 's'));
            for (int i = 0; i < 8; i++) {
                f.add(new Field("dim[" + i + "]", 16 + 8 * i, 'l'));
                f.add(new Field("dim[" + i + "]", 16 + 8 * i, 'l'));
                f.add(new Field("pixdim[" + i + "]", 104 + 8 * i, 'd'));
            }
            f.add(new Field("vox_offset", 168, 'l'));
            f.add(new Field("vox_offset", 168, 'l'));
            f.add(new Field("scl_slope", 176, 'd'));
            f.add(new Field("scl_inter", 184, 'd'));
            f.add(new Field("qform_code", 344, 'i'));
            f.add(new Field("sform_code", 348, 'i'));
            for (int i = 0; i < 6; i++) {
                f.add(new Field("quatern/qoffset[" + i + "]", 352 + 8 * i, 'd'));
            }
            for (int i = 0; i < 12; i++) {
                f.add(new Field("srow[" + i + "]", 400 + 8 * i, 'd'));
            }
            f.add(new Field("xyzt_units", 500, 'i'));
            f.add(new Field("intent_code", 504, 'i'));
        }
        return f;
    }

    private static String mutateBinary(Kind kind, Seed seed, Map<String, byte[]> files, SplittableRandom r) {
        String headerName = kind.names[0];
        byte[] b = files.get(headerName);
        int op = r.nextInt(10);
        if (kind == Kind.ANALYZE && op >= 8) {
            // data-file mutations of the pair
            byte[] img = files.get("s.img");
            if (img == null) {
                return "no-op (.img already deleted)";
            }
            if (op == 8) {
                int len = img.length == 0 ? 0 : r.nextInt(img.length);
                files.put("s.img", Arrays.copyOf(img, len));
                return "truncate .img at " + len;
            }
            files.remove("s.img");
            return "delete .img";
        }
        switch (op) {
            case 0:
            case 1: {
                int n = 1 + r.nextInt(8);
                int region = Math.min(b.length, seed.headerLength);
                for (int i = 0; i < n && region > 0; i++) {
                    b[r.nextInt(region)] ^= (byte) (1 + r.nextInt(255));
                }
                return "flip " + n + " header bytes";
            }
            case 2:
            case 3:
            case 4:
            case 5: {
                List<Field> fs = fields(seed.niftiVersion);
                Field f = fs.get(r.nextInt(fs.size()));
                if (f.offset + 8 > b.length) {
                    return "no-op";
                }
                ByteBuffer bb = ByteBuffer.wrap(b).order(r.nextInt(8) == 0 ? opposite(seed.order) : seed.order);
                String v;
                switch (f.type) {
                    case 's': {
                        short s = r.nextBoolean() ? SHORTS[r.nextInt(SHORTS.length)] : (short) r.nextInt();
                        bb.putShort(f.offset, s);
                        v = Short.toString(s);
                        break;
                    }
                    case 'b': {
                        byte s = (byte) r.nextInt(256);
                        bb.put(f.offset, s);
                        v = Byte.toString(s);
                        break;
                    }
                    case 'i': {
                        int s = r.nextBoolean() ? (int) LONGS[r.nextInt(LONGS.length)] : r.nextBoolean() ? r.nextInt() : 348;
                        bb.putInt(f.offset, s);
                        v = Integer.toString(s);
                        break;
                    }
                    case 'l': {
                        long s = r.nextBoolean() ? LONGS[r.nextInt(LONGS.length)] : r.nextLong();
                        bb.putLong(f.offset, s);
                        v = Long.toString(s);
                        break;
                    }
                    case 'f': {
                        double s = r.nextBoolean() ? REALS[r.nextInt(REALS.length)] : Float.intBitsToFloat(r.nextInt());
                        bb.putFloat(f.offset, (float) s);
                        v = Float.toString((float) s);
                        break;
                    }
                    default: {
                        double s = r.nextBoolean() ? REALS[r.nextInt(REALS.length)] : Double.longBitsToDouble(r.nextLong());
                        bb.putDouble(f.offset, s);
                        v = Double.toString(s);
                        break;
                    }
                }
                return f.name + " := " + v + (bb.order() != seed.order ? " (opposite byte order)" : "");
            }
            case 6: {
                int len = r.nextInt(Math.max(1, r.nextBoolean() ? Math.min(b.length, seed.headerLength + 8) : b.length));
                files.put(headerName, Arrays.copyOf(b, len));
                return "truncate at " + len;
            }
            case 7: {
                int n = 1 + r.nextInt(r.nextBoolean() ? 16 : 4096);
                byte[] all = Arrays.copyOf(b, b.length + n);
                System.arraycopy(randomBytes(r, n), 0, all, b.length, n);
                files.put(headerName, all);
                return "append " + n + " garbage bytes";
            }
            case 8: {
                // random aligned 4-byte overwrite in the header
                int off = 4 * r.nextInt(Math.max(1, Math.min(b.length, seed.headerLength) / 4));
                if (off + 4 <= b.length) {
                    ByteBuffer.wrap(b).order(seed.order).putInt(off, r.nextBoolean() ? r.nextInt() : (int) LONGS[r.nextInt(LONGS.length)]);
                }
                return "int at " + off + " overwritten";
            }
            default: {
                // switch the version: reinterpret a NIfTI-1 header as NIfTI-2 and vice versa
                int size = seed.niftiVersion == 2 ? 348 : 540;
                if (b.length >= 4) {
                    ByteBuffer.wrap(b).order(seed.order).putInt(0, size);
                }
                return "sizeof_hdr := " + size;
            }
        }
    }

    private static ByteOrder opposite(ByteOrder o) {
        return o == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    private static String mutateText(Kind kind, int[] headerLength, Map<String, byte[]> files, SplittableRandom r) {
        String name = kind.names[0];
        byte[] all = files.get(name);
        int hl = Math.min(headerLength[0], all.length);
        String header = new String(all, 0, hl, StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOfRange(all, hl, all.length);
        boolean nrrd = kind == Kind.NRRD || kind == Kind.NHDR;
        List<String> lines = new ArrayList<>(Arrays.asList(header.split("\n", -1)));
        // keep the terminating "" entries (NRRD's blank line, the final newline) at the end
        int body = lines.size();
        while (body > 0 && lines.get(body - 1).isEmpty()) {
            body--;
        }
        if (body == 0) {
            lines.add(0, "");
            body = 1;
        }
        int first = nrrd ? 1 : 0; // keep the NRRD magic most of the time
        String what;
        int op = r.nextInt(12);
        switch (op) {
            case 0: {
                int i = r.nextInt(body);
                lines.add(r.nextInt(body + 1), lines.get(i));
                what = "duplicate line '" + lines.get(i) + "'";
                break;
            }
            case 1: {
                int i = Math.min(body - 1, first + r.nextInt(Math.max(1, body - first)));
                what = "delete line '" + lines.remove(i) + "'";
                break;
            }
            case 2: {
                int i = r.nextInt(body), j = r.nextInt(body);
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                what = "swap lines " + i + " and " + j;
                break;
            }
            case 3:
            case 4:
            case 5: {
                int i = Math.min(body - 1, first + r.nextInt(Math.max(1, body - first)));
                String line = lines.get(i);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(line);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                String token = NASTY[r.nextInt(NASTY.length)];
                if (spans.isEmpty()) {
                    int sep = Math.max(line.indexOf('='), line.indexOf(':'));
                    line = (sep >= 0 ? line.substring(0, sep + 1) + " " : line) + token;
                } else {
                    int[] s = spans.get(r.nextInt(spans.size()));
                    line = line.substring(0, s[0]) + token + line.substring(s[1]);
                }
                lines.set(i, line);
                what = "number -> '" + token + "' in line " + i + ": " + line;
                break;
            }
            case 6:
            case 7: {
                String[] pool = nrrd ? NRRD_FIELDS : MHA_FIELDS;
                String field = pool[r.nextInt(pool.length)];
                int at = nrrd ? 1 + r.nextInt(Math.max(1, body)) : r.nextInt(Math.max(1, body));
                lines.add(Math.min(at, body), field);
                what = "insert '" + field + "' at line " + at;
                break;
            }
            case 8: {
                byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
                int n = 1 + r.nextInt(6);
                for (int i = 0; i < n && h.length > 0; i++) {
                    h[r.nextInt(h.length)] ^= (byte) (1 + r.nextInt(255));
                }
                header = new String(h, StandardCharsets.ISO_8859_1);
                lines = new ArrayList<>(Arrays.asList(header.split("\n", -1)));
                what = "flip " + n + " header bytes";
                break;
            }
            case 9: {
                int len = r.nextInt(Math.max(1, all.length));
                files.put(name, Arrays.copyOf(all, len));
                headerLength[0] = Math.min(hl, len);
                return "truncate " + name + " at " + len;
            }
            case 10: {
                if (files.get("s.raw") != null && r.nextBoolean()) {
                    byte[] raw = files.get("s.raw");
                    if (r.nextBoolean()) {
                        int len = r.nextInt(Math.max(1, raw.length));
                        files.put("s.raw", Arrays.copyOf(raw, len));
                        return "truncate s.raw at " + len;
                    }
                    files.remove("s.raw");
                    return "delete s.raw";
                }
                int n = 1 + r.nextInt(r.nextBoolean() ? 16 : 4096);
                byte[] grown = Arrays.copyOf(all, all.length + n);
                System.arraycopy(randomBytes(r, n), 0, grown, all.length, n);
                files.put(name, grown);
                return "append " + n + " garbage bytes to " + name;
            }
            default: {
                // change a value's case or whitespace, or drop the separator
                int i = Math.min(body - 1, first + r.nextInt(Math.max(1, body - first)));
                String line = lines.get(i);
                String[] variants = {line.toUpperCase(Locale.ROOT), line.toLowerCase(Locale.ROOT), line.replace(" ", ""),
                        line.replace("=", ":").replace(": ", "="), "  " + line + "  \r", line + " " + line};
                lines.set(i, variants[r.nextInt(variants.length)]);
                what = "rewrite line " + i + " as '" + lines.get(i) + "'";
                break;
            }
        }
        byte[] h = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, out, h.length, data.length);
        files.put(name, out);
        headerLength[0] = h.length;
        return what;
    }

    // ---------------------------------------------------------------------------------------------
    // The test

    static long mutantSeed(Kind kind, int index) {
        return BASE_SEED ^ ((long) kind.ordinal() << 40) ^ (index * 0x9E3779B97F4A7C15L);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void mutatedFilesAreReadOrRejectedCleanly(Kind kind) throws Exception {
        String only = System.getProperty("segsense.fuzz.only");
        Integer onlyIndex = null;
        if (only != null) {
            String[] p = only.split(":");
            if (!p[0].equalsIgnoreCase(kind.name())) {
                return;
            }
            onlyIndex = Integer.valueOf(p[1]);
        }
        List<Seed> seeds = seeds(kind, tmp);
        List<String> failures = new ArrayList<>();
        int read = 0, rejected = 0;
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MUTANTS; i++) {
            if (onlyIndex != null && onlyIndex != i) {
                continue;
            }
            long seedValue = mutantSeed(kind, i);
            SplittableRandom r = new SplittableRandom(seedValue);
            Seed seed = seeds.get(r.nextInt(seeds.size()));
            Map<String, byte[]> files = new LinkedHashMap<>();
            seed.files.forEach((k, v) -> files.put(k, v.clone()));
            String what = mutate(kind, seed, files, r);
            Path dir = onlyIndex != null ? Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "segsense-fuzz", kind + "-" + i))
                    : Files.createDirectories(tmp.resolve(kind + "-" + i));
            Path file = materialise(kind, files, dir, r.nextInt(4) == 0);
            String id = String.format(Locale.ROOT, "%s #%d seed=0x%x [%s: %s]", kind, i, seedValue, seed.label, what);
            long t0 = System.nanoTime();
            Future<Image> future = executor.submit(() -> ImageIO.read(file));
            try {
                Image image = future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                long n = image.voxelCount() * image.components();
                int len = Array.getLength(image.buffer());
                if (len != n) {
                    failures.add(id + ": buffer length " + len + " != voxelCount x components " + n);
                }
                read++;
            } catch (TimeoutException e) {
                future.cancel(true);
                executor.shutdownNow();
                executor = newExecutor();
                failures.add(id + ": read took longer than " + TIMEOUT_MS + " ms");
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof ImageFormatException) {
                    ImageFormatException ife = (ImageFormatException) c;
                    String m = ife.getMessage();
                    Path named = ife.getFile();
                    if (named == null || !named.toAbsolutePath().getParent().equals(dir.toAbsolutePath()) || !m.startsWith(named + ": ")) {
                        failures.add(id + ": the message does not start with the name of one of the mutant's files: " + m);
                    } else if (m.contains("\tat ") || m.contains("Exception:")) {
                        failures.add(id + ": the message contains a stack trace or exception name: " + m);
                    }
                    rejected++;
                } else {
                    java.io.StringWriter sw = new java.io.StringWriter();
                    c.printStackTrace(new java.io.PrintWriter(sw));
                    String trace = sw.toString();
                    String[] tl = trace.split("\n");
                    failures.add(id + ": unexpected " + c.getClass().getName() + ": " + c.getMessage() + "\n    "
                            + String.join("\n    ", Arrays.copyOfRange(tl, 1, Math.min(tl.length, 7))));
                }
            }
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
            if (onlyIndex == null) {
                deleteTree(dir);
            }
        }
        System.out.printf(Locale.ROOT, "READER-FUZZ %-8s %d mutants: %d read, %d rejected, %d failures, slowest %d ms, total %d ms%n", kind,
                onlyIndex != null ? 1 : MUTANTS, read, rejected, failures.size(), slowest, (System.nanoTime() - start) / 1_000_000);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + MUTANTS + " " + kind + " mutants escaped the reader's error handling (rerun one with "
                    + "-Dsegsense.fuzz.only=" + kind + ":INDEX):\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
    }

    // Regressions for the bugs this fuzzing found (each escaped as a low-level exception before).

    private static void assertRejected(Path read, Path named, String words) {
        ImageFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ImageFormatException.class, () -> ImageIO.read(read));
        assertTrue(e.getMessage().startsWith(named + ": ") && e.getMessage().contains(words), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void missingPartnerOfAnHdrImgPairIsAFormatError() throws Exception {
        for (Seed s : seeds(Kind.ANALYZE, tmp).subList(0, 1)) {
            Path d = Files.createDirectories(tmp.resolve("pair"));
            Files.write(d.resolve("s.hdr"), s.files.get("s.hdr"));
            assertRejected(d.resolve("s.hdr"), d.resolve("s.hdr"), "image file s.img of this header/image pair does not exist");
            Files.delete(d.resolve("s.hdr"));
            Files.write(d.resolve("s.img"), s.files.get("s.img"));
            assertRejected(d.resolve("s.img"), d.resolve("s.img"), "header file s.hdr of this image/header pair does not exist");
        }
    }

    @org.junit.jupiter.api.Test
    void nulCharacterInADataFileNameIsAFormatError() throws Exception {
        Image image = seedImages().get(0);
        Path mhd = tmp.resolve("nul.mhd");
        ImageIO.write(image, mhd);
        Files.writeString(mhd, Files.readString(mhd, StandardCharsets.ISO_8859_1).replace("nul.raw", "nul\u0000.raw"), StandardCharsets.ISO_8859_1);
        assertRejected(mhd, mhd, "is not a valid file name");
        Path nhdr = tmp.resolve("nul.nhdr");
        ImageIO.write(image, nhdr);
        Files.writeString(nhdr, Files.readString(nhdr, StandardCharsets.ISO_8859_1).replace("nul.raw", "nul\u0000.raw"), StandardCharsets.ISO_8859_1);
        assertRejected(nhdr, nhdr, "is not a valid file name");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
