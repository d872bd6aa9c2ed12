// SPDX-License-Identifier: EPL-2.0
package org.segsense.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageGeometryTest {

    private static ImageGeometry oblique() {
        double c = Math.cos(0.3), s = Math.sin(0.3);
        // Rotation about z; column j = direction of axis j.
        return new ImageGeometry(new long[] {5, 6, 7}, new double[] {0.5, 2, 3}, new double[] {10, -20, 30},
                new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
    }

    @Test
    void indexToPhysicalIsOriginPlusDirectionTimesScaledIndex() {
        ImageGeometry g = oblique();
        double[] p = g.indexToPhysical(new double[] {2, 1, 1});
        double c = Math.cos(0.3), s = Math.sin(0.3);
        // spacing ⊙ index = (1, 2, 3)
        assertArrayEquals(new double[] {10 + c * 1 - s * 2, -20 + s * 1 + c * 2, 30 + 3}, p, 1e-12);
        assertArrayEquals(new double[] {10, -20, 30}, g.indexToPhysical(new double[3]), 0);
    }

    @Test
    void physicalToContinuousIndexInvertsIt() {
        ImageGeometry g = oblique();
        double[] index = {1.25, -0.5, 6.75};
        assertArrayEquals(index, g.physicalToContinuousIndex(g.indexToPhysical(index)), 1e-12);
    }

    @Test
    void accessorsReturnCopies() {
        ImageGeometry g = oblique();
        g.size()[0] = 99;
        g.spacing()[0] = 99;
        g.origin()[0] = 99;
        g.direction()[0] = 99;
        assertEquals(oblique(), g);
        assertEquals(5 * 6 * 7, g.voxelCount());
    }

    @Test
    void constructorRejectsInvalidValues() {
        double[] id = ImageGeometry.identity(3);
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(new long[] {0, 1, 1}, new double[] {1, 1, 1}, new double[3], id));
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(new long[] {1, 1, 1}, new double[] {1, -1, 1}, new double[3], id));
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(new long[] {1, 1, 1}, new double[] {1, 1, 1}, new double[3],
                new double[] {1, 0, 0, 1, 0, 0, 0, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(new long[] {1}, new double[] {1}, new double[1], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new ImageGeometry(new long[] {1, 1}, new double[] {1, 1}, new double[] {Double.NaN, 0},
                ImageGeometry.identity(2)));
    }

    @Test
    void sameGridUsesItkTolerances() {
        ImageGeometry g = oblique();
        assertTrue(g.sameGridAs(g.withOrigin(10 + 1e-7, -20, 30), 1e-6));
        assertFalse(g.sameGridAs(g.withOrigin(10 + 1e-5, -20, 30), 1e-6));
        assertFalse(g.sameGridAs(g.withSize(5, 6, 8), 1e-6));
        assertTrue(g.isDirectionOrthonormal(1e-12));
    }

    @Test
    void aStackOfVolumesAndItsSpatialGridAreInverse() {
        ImageGeometry g = oblique();
        ImageGeometry g4 = g.withVolumes(9);
        assertArrayEquals(new long[] {g.size(0), g.size(1), g.size(2), 9}, g4.size());
        assertEquals(1.0, g4.spacing(3));
        assertEquals(0.0, g4.origin()[3]);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(r < 3 && c < 3 ? g.direction(r, c) : r == c ? 1.0 : 0.0, g4.direction(r, c), r + "," + c);
            }
        }
        // a point of volume v maps to the same spatial position as on the 3-D grid
        double[] p3 = g.indexToPhysical(new double[] {2, 3, 1});
        double[] p4 = g4.indexToPhysical(new double[] {2, 3, 1, 5});
        assertArrayEquals(p3, new double[] {p4[0], p4[1], p4[2]}, 1e-12);
        assertTrue(g4.spatial().sameGridAs(g, 0), "spatial() undoes withVolumes()");
        assertTrue(g.spatial() == g, "a 3-D grid is its own spatial grid");
        assertThrows(IllegalArgumentException.class, () -> g4.withVolumes(2));
        assertThrows(IllegalArgumentException.class, () -> g.withVolumes(0));
    }
}
