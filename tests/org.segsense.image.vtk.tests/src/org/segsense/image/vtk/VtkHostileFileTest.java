// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.vtk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segsense.image.vtk.VtkTestSupport.writeText;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.io.ImageFormatException;

/**
 * Malformed, truncated and hostile files are rejected with one clear message naming the file, the
 * problem and a fix, and without allocating more than the header declares (huge declarations are
 * refused before any allocation).
 */
class VtkHostileFileTest {

    private static final String HEAD = "# vtk DataFile Version 3.0\ntitle\nBINARY\nDATASET STRUCTURED_POINTS\n";
    private static final String ASCII_HEAD = "# vtk DataFile Version 3.0\ntitle\nASCII\nDATASET STRUCTURED_POINTS\n";

    @TempDir
    Path work;

    private void rejects(String name, String content, String... expected) throws Exception {
        Path file = writeText(work.resolve(name + ".vtk"), content);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> new VtkFormat().read(file), name);
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString() + ": "), name + ": message must name the file: " + m);
        assertTrue(e.getFix() != null && !e.getFix().isEmpty(), name + ": message must say what to do: " + m);
        for (String s : expected) {
            assertTrue(m.contains(s), name + ": message should contain '" + s + "': " + m);
        }
    }

    @Test
    void rejectsBadDimensions() throws Exception {
        rejects("negative", HEAD + "DIMENSIONS -5 10 10\nSCALARS s float 1\n", "DIMENSIONS -5 10 10", "between 1 and");
        rejects("zero", HEAD + "DIMENSIONS 10 0 10\nSCALARS s float 1\n", "between 1 and");
        rejects("toolarge", HEAD + "DIMENSIONS 99999999999 10 10\nSCALARS s float 1\n", "between 1 and");
        rejects("missing", HEAD + "DIMENSIONS 10 10\nSCALARS s float 1\n", "three dimensions");
        rejects("notinteger", HEAD + "DIMENSIONS 10 1.5 10\nSCALARS s float 1\n", "not an integer");
        rejects("nodims", HEAD + "SPACING 1 1 1\nSCALARS s float 1\n", "no DIMENSIONS");
        // 2^32-1 cubed overflows a long; 60000^3 floats exceed the per-image limit: refused before allocation.
        rejects("overflow", HEAD + "DIMENSIONS 4294967295 4294967295 4294967295\nSCALARS s float 1\n", "elements SegSense holds");
        rejects("huge", HEAD + "DIMENSIONS 60000 60000 60000\nSCALARS s double 1\n", "elements SegSense holds");
        rejects("manycomponents", HEAD + "DIMENSIONS 1000 1000 1000\nSCALARS s double 4\n", "elements SegSense holds");
    }

    @Test
    void rejectsTruncatedDataBeforeAllocating() throws Exception {
        // 1000^3 doubles = 8 GB declared, 3 bytes present: refused from the file size (or the size limit), not by an 8 GB allocation.
        Path file = writeText(work.resolve("big.vtk"), HEAD + "DIMENSIONS 1000 1000 100\nSCALARS s double 1\nLOOKUP_TABLE default\nabc");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> new VtkFormat().read(file));
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("limit"), e.getMessage());
        rejects("truncated", HEAD + "DIMENSIONS 4 4 4\nSCALARS s short 1\nLOOKUP_TABLE default\n0123456789", "end after 10 of 128 bytes", "truncated");
        rejects("asciitruncated", ASCII_HEAD + "DIMENSIONS 4 1 1\nSCALARS s short 1\nLOOKUP_TABLE default\n1 2\n", "ASCII data");
        rejects("asciishort", ASCII_HEAD + "DIMENSIONS 4 1 1\nSCALARS s short 1\nLOOKUP_TABLE default\n1 2 3          \n", "end after 3 of 4 values");
        rejects("headeronly", HEAD + "DIMENSIONS 4 1 1\n", "header ends");
        rejects("empty", "", "header ends");
    }

    @Test
    void rejectsUnsupportedContent() throws Exception {
        rejects("polydata", "# vtk DataFile Version 3.0\nsurface\nASCII\nDATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\n",
                "DATASET POLYDATA is not supported", "STRUCTURED_POINTS");
        rejects("grid", "# vtk DataFile Version 3.0\ng\nBINARY\nDATASET RECTILINEAR_GRID\nDIMENSIONS 2 2 2\n", "RECTILINEAR_GRID");
        rejects("notvtk", "P5\n2 2\n255\nabcd", "not a VTK legacy file");
        rejects("encoding", "# vtk DataFile Version 3.0\nt\nXML\nDATASET STRUCTURED_POINTS\n", "neither ASCII nor BINARY");
        rejects("type", HEAD + "DIMENSIONS 2 2 2\nSCALARS s bit 1\n", "'bit' is not supported", "unsigned_char");
        rejects("notype", HEAD + "DIMENSIONS 2 2 2\nSCALARS s\n", "no data type");
        rejects("signedchar", HEAD + "DIMENSIONS 2 2 2\nSCALARS s signed_char 1\n", "'signed_char' is not supported");
        rejects("zerocomponents", HEAD + "DIMENSIONS 2 2 2\nSCALARS s float 0\n", "0 components");
        rejects("celldata", HEAD + "DIMENSIONS 2 2 2\nCELL_DATA 1\nSCALARS s float 1\n", "CELL_DATA");
        rejects("normals", HEAD + "DIMENSIONS 2 2 2\nPOINT_DATA 8\nNORMALS n float\n", "NORMALS");
        rejects("pointdata", HEAD + "DIMENSIONS 2 2 2\nPOINT_DATA 9\nSCALARS s unsigned_char 1\nLOOKUP_TABLE default\n123456789", "POINT_DATA declares 9");
        rejects("spacing", HEAD + "DIMENSIONS 2 2 2\nSPACING 1 -1 1\nSCALARS s unsigned_char 1\n12345678", "geometry is invalid");
        rejects("spacingtext", HEAD + "DIMENSIONS 2 2 2\nSPACING 1 x 1\nSCALARS s unsigned_char 1\n12345678", "'x' is not a number");
        rejects("spacingshort", HEAD + "DIMENSIONS 2 2 2\nSPACING 1 1\nSCALARS s unsigned_char 1\n12345678", "SPACING has 2 number(s)");
        rejects("asciitensorint", ASCII_HEAD + "DIMENSIONS 1 1 1\nTENSORS t int\n1 2 3 4 5 6 7 8 9\n", "float and double");
    }

    @Test
    void rejectsBadAsciiValues() throws Exception {
        rejects("range", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s unsigned_char 1\nLOOKUP_TABLE default\n12 256\n", "'256' is not a uint8");
        rejects("negative", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s unsigned_short 1\n1 -1\n", "'-1' is not a uint16");
        rejects("fraction", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s int 1\n1 2.5\n", "'2.5' is not a int32");
        rejects("text", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s float 1\n1 abc\n", "'abc' is not a number");
        rejects("hexfloat", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s double 1\n1 0x1p3\n", "is not a number");
        rejects("longtoken", ASCII_HEAD + "DIMENSIONS 2 1 1\nSCALARS s double 1\n1 " + "1".repeat(500) + "\n", "longer than 128");
    }

    @Test
    void rejectsEndlessHeaders() throws Exception {
        rejects("longline", "# vtk DataFile Version 3.0\n" + "x".repeat(100_000), "longer than 4096");
        rejects("manylines", HEAD + "DIMENSIONS 2 2 2\n" + "COMMENT\n".repeat(1000) + "SCALARS s float 1\n", "first 256 header lines");
        rejects("blanklines", HEAD + "\n".repeat(100_000), "empty lines");
        Path binaryJunk = work.resolve("junk.vtk");
        byte[] junk = new byte[1 << 20];
        new java.util.Random(1).nextBytes(junk);
        Files.write(binaryJunk, junk);
        assertThrows(ImageFormatException.class, () -> new VtkFormat().read(binaryJunk));
    }
}
