// SPDX-License-Identifier: EPL-2.0
package org.segsense.reference;

import java.util.Arrays;

/**
 * The distinct rater-decision tuples of a voxel set: STAPLE's per-voxel E-step depends only on the
 * tuple of rater decisions at the voxel, so each EM iteration runs over the T distinct tuples
 * (weighted by their voxel counts) instead of over all voxels. Internal.
 *
 * <p>Each tuple is packed into {@code words} longs, {@code bits} bits per rater value. Tuple ids are
 * assigned in order of first occurrence in voxel order, so they are deterministic.
 */
final class TupleIndex {

    final int raters;
    final int bits;
    final int perWord;
    final int words;
    /** Number of distinct tuples. */
    int size;
    /** Packed keys, {@code words} per tuple. */
    long[] keys;
    /** Voxel count per tuple. */
    long[] counts;
    /** Tuple id per voxel, -1 for excluded voxels. */
    final int[] voxelIds;

    /** Per-voxel value source: fills {@code dst[0..to-from)} for one rater. */
    interface Source {
        void read(int rater, int from, int to, int[] dst);
    }

    private TupleIndex(int raters, int bits, int n) {
        this.raters = raters;
        this.bits = bits;
        this.perWord = 64 / bits;
        this.words = (raters + perWord - 1) / perWord;
        this.voxelIds = new int[n];
    }

    /** Value of rater {@code k} in tuple {@code t}. */
    int value(int t, int k) {
        long w = keys[t * words + k / perWord];
        return (int) ((w >>> ((k % perWord) * bits)) & ((1L << bits) - 1));
    }

    /** All values of tuple {@code t}. */
    int[] values(int t) {
        int[] v = new int[raters];
        for (int k = 0; k < raters; k++) {
            v[k] = value(t, k);
        }
        return v;
    }

    /**
     * Builds the index.
     *
     * @param n      number of voxels
     * @param raters number of raters
     * @param bits   bits per value (values must be in [0, 2^bits))
     * @param source value source
     * @param roi    optional mask: voxels with 0 get id -1 and are not counted
     */
    static TupleIndex build(int n, int raters, int bits, Source source, byte[] roi) {
        if (bits < 1 || bits > 31) {
            throw new IllegalArgumentException("bits per value out of range: " + bits);
        }
        TupleIndex index = new TupleIndex(raters, bits, n);
        int chunk = Raters.chunkSize();
        int chunks = (n + chunk - 1) / chunk;
        LocalMap[] locals = new LocalMap[chunks];
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            locals[c] = index.buildChunk(from, to, source, roi);
        });
        // merge in chunk order: deterministic global ids
        LocalMap global = new LocalMap(index.words, 1024);
        int[][] remap = new int[chunks][];
        for (int c = 0; c < chunks; c++) {
            LocalMap l = locals[c];
            int[] r = new int[l.size];
            for (int t = 0; t < l.size; t++) {
                int g = global.findOrAdd(l.keys, t * index.words);
                global.counts[g] += l.counts[t];
                r[t] = g;
            }
            remap[c] = r;
        }
        Raters.forEachChunk(n, c -> {
            int from = c * chunk;
            int to = Math.min(n, from + chunk);
            int[] r = remap[c];
            int[] ids = index.voxelIds;
            for (int i = from; i < to; i++) {
                int id = ids[i];
                if (id >= 0) {
                    ids[i] = r[id];
                }
            }
        });
        index.size = global.size;
        index.keys = Arrays.copyOf(global.keys, global.size * index.words);
        index.counts = Arrays.copyOf(global.counts, global.size);
        return index;
    }

    private LocalMap buildChunk(int from, int to, Source source, byte[] roi) {
        int len = to - from;
        long[] packed = new long[len * words];
        int[] vals = new int[len];
        for (int k = 0; k < raters; k++) {
            source.read(k, from, to, vals);
            int w = k / perWord;
            int shift = (k % perWord) * bits;
            for (int i = 0; i < len; i++) {
                packed[i * words + w] |= ((long) vals[i]) << shift;
            }
        }
        LocalMap map = new LocalMap(words, 256);
        for (int i = 0; i < len; i++) {
            if (roi != null && roi[from + i] == 0) {
                voxelIds[from + i] = -1;
                continue;
            }
            int id = map.findOrAdd(packed, i * words);
            map.counts[id]++;
            voxelIds[from + i] = id;
        }
        return map;
    }

    /** Open-addressing hash map from packed tuple keys to dense ids. */
    static final class LocalMap {
        final int words;
        int size;
        long[] keys;
        long[] counts;
        int[] table; // id + 1, 0 = empty
        int mask;

        LocalMap(int words, int capacity) {
            this.words = words;
            this.keys = new long[capacity * words];
            this.counts = new long[capacity];
            int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
            this.table = new int[tableSize];
            this.mask = tableSize - 1;
        }

        int findOrAdd(long[] src, int off) {
            int h = hash(src, off) & mask;
            while (true) {
                int e = table[h];
                if (e == 0) {
                    break;
                }
                int id = e - 1;
                if (equal(src, off, id)) {
                    return id;
                }
                h = (h + 1) & mask;
            }
            int id = size++;
            if (id * words + words > keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            System.arraycopy(src, off, keys, id * words, words);
            table[h] = id + 1;
            if (size * 2 > table.length) {
                rehash();
            }
            return id;
        }

        private boolean equal(long[] src, int off, int id) {
            int b = id * words;
            for (int w = 0; w < words; w++) {
                if (keys[b + w] != src[off + w]) {
                    return false;
                }
            }
            return true;
        }

        private int hash(long[] src, int off) {
            long h = 0x9E3779B97F4A7C15L;
            for (int w = 0; w < words; w++) {
                h = (h ^ src[off + w]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            return (int) (h ^ (h >>> 32));
        }

        private void rehash() {
            int[] t = new int[table.length * 2];
            int m = t.length - 1;
            for (int id = 0; id < size; id++) {
                int h = hash(keys, id * words) & m;
                while (t[h] != 0) {
                    h = (h + 1) & m;
                }
                t[h] = id + 1;
            }
            table = t;
            mask = m;
        }
    }
}
