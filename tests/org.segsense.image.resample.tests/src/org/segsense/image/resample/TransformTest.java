// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segsense.image.transform.AffineTransform;
import org.segsense.image.transform.Euler2DTransform;
import org.segsense.image.transform.Euler3DTransform;
import org.segsense.image.transform.ScaleTransform;
import org.segsense.image.transform.Similarity3DTransform;
import org.segsense.image.transform.Transform;
import org.segsense.image.transform.TranslationTransform;

/** Transforms: ITK's formulas, inverses and composition. */
class TransformTest {

    @Test
    void euler3DIsRzRxRyAboutCentre() {
        double ax = 0.3, ay = -0.2, az = 0.7;
        double[] c = {1, 2, 3}, t = {4, 5, 6};
        Euler3DTransform e = new Euler3DTransform(ax, ay, az, c, t);
        double[] p = {-2, 0.5, 9};
        // R = Rz Rx Ry applied to (p − c), plus c + t
        double[] v = {p[0] - c[0], p[1] - c[1], p[2] - c[2]};
        v = new double[] {Math.cos(ay) * v[0] + Math.sin(ay) * v[2], v[1], -Math.sin(ay) * v[0] + Math.cos(ay) * v[2]};
        v = new double[] {v[0], Math.cos(ax) * v[1] - Math.sin(ax) * v[2], Math.sin(ax) * v[1] + Math.cos(ax) * v[2]};
        v = new double[] {Math.cos(az) * v[0] - Math.sin(az) * v[1], Math.sin(az) * v[0] + Math.cos(az) * v[1], v[2]};
        double[] expected = {v[0] + c[0] + t[0], v[1] + c[1] + t[1], v[2] + c[2] + t[2]};
        assertArrayEquals(expected, e.transformPoint(p), 1e-12);
        assertArrayEquals(e.transformPoint(p), Euler3DTransform.ofDegrees(new double[] {Math.toDegrees(ax), Math.toDegrees(ay),
            Math.toDegrees(az)}, c, t).transformPoint(p), 1e-12);
        // the centre maps to centre + translation
        assertArrayEquals(new double[] {5, 7, 9}, e.transformPoint(c), 1e-12);
    }

    @Test
    void inversesAndComposition() {
        Transform[] ts = {new TranslationTransform(1, -2, 3), new Euler3DTransform(0.1, 0.2, 0.3, new double[] {1, 1, 1},
            new double[] {2, 0, -1}), new Similarity3DTransform(new double[] {0.1, -0.2, 0.3, 0.9}, 1.3, new double[] {5, 0, 0},
                new double[] {0, 1, 0}), new ScaleTransform(new double[] {2, 0.5, 3}, new double[] {1, 2, 3}),
            new AffineTransform(new double[] {1, 0.2, 0, 0.1, 1.1, 0.3, 0, -0.2, 0.9}, new double[] {1, 2, 3}, new double[] {-1, 0, 1})};
        double[] p = {3.5, -1.25, 8};
        for (Transform t : ts) {
            assertArrayEquals(p, t.inverse().transformPoint(t.transformPoint(p)), 1e-10, t.toString());
            assertArrayEquals(t.transformPoint(p), t.asAffine().transformPoint(p), 1e-12, t.toString());
            assertTrue(t.andThen(t.inverse()).asAffine().transformPoint(p)[0] - p[0] < 1e-10);
        }
        AffineTransform both = ts[1].andThen(ts[2]);
        assertArrayEquals(ts[2].transformPoint(ts[1].transformPoint(p)), both.transformPoint(p), 1e-10);
        assertTrue(AffineTransform.identity(3).isIdentity());
        assertThrows(IllegalStateException.class, () -> new AffineTransform(new double[4], new double[2], null).inverse());
    }

    @Test
    void similarityFromEulerAnglesMatchesEuler() {
        double[] c = {1, 2, 3}, t = {0.5, 0, -1};
        Euler3DTransform e = new Euler3DTransform(0.4, -0.3, 1.2, c, t);
        Similarity3DTransform s = Similarity3DTransform.ofEulerAngles(0.4, -0.3, 1.2, 1.0, c, t);
        double[] p = {7, -3, 2};
        assertArrayEquals(e.transformPoint(p), s.transformPoint(p), 1e-12);
        Similarity3DTransform s2 = Similarity3DTransform.ofEulerAngles(0.4, -0.3, 1.2, 2.0, c, null);
        double[] q = s2.transformPoint(new double[] {c[0] + 1, c[1], c[2]});
        assertEquals(2.0, Math.sqrt(Math.pow(q[0] - c[0], 2) + Math.pow(q[1] - c[1], 2) + Math.pow(q[2] - c[2], 2)), 1e-12);
    }

    @Test
    void euler2DAndScale() {
        Euler2DTransform r = Euler2DTransform.ofDegrees(90, new double[] {1, 1}, new double[] {0, 0});
        assertArrayEquals(new double[] {1, 2}, r.transformPoint(new double[] {2, 1}), 1e-12);
        ScaleTransform s = new ScaleTransform(new double[] {2, 3}, new double[] {1, 1});
        assertArrayEquals(new double[] {3, 4}, s.transformPoint(new double[] {2, 2}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new ScaleTransform(new double[] {0, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> new Euler3DTransform(0, 0, 0, new double[2], null));
    }
}
