// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one conversion between the public {x, y, z} order and the tensor's {z, y, x}. */
class TensorAxesTest {

	@Test
	void tensorOrderListsZFirst() {
		assertArrayEquals(new int[] { 32, 64, 96 }, TensorAxes.toTensorOrder(new int[] { 96, 64, 32 }));
		assertArrayEquals(new int[] { 96, 64, 32 }, TensorAxes.fromTensorOrder(new int[] { 32, 64, 96 }));
		assertArrayEquals(new long[] { 3L, 2L, 1L }, TensorAxes.toTensorOrder(new long[] { 1L, 2L, 3L }));
		assertArrayEquals(new long[] { 3L, 2L, 1L }, TensorAxes.fromTensorOrder(new long[] { 1L, 2L, 3L }));
	}

	@Test
	void roundTripsReturnTheInputAndNeverShareIt() {
		int[][] triples = { { 96, 64, 32 }, { 1, 2, 3 }, { 7, 7, 7 }, { 0, 5, 9 } };
		for (int[] xyz : triples) {
			int[] zyx = TensorAxes.toTensorOrder(xyz);
			assertNotSame(xyz, zyx);
			assertArrayEquals(xyz, TensorAxes.fromTensorOrder(zyx));
			assertArrayEquals(xyz, TensorAxes.toTensorOrder(TensorAxes.fromTensorOrder(xyz)));
			long[] l = { xyz[0], xyz[1], xyz[2] };
			assertArrayEquals(l, TensorAxes.fromTensorOrder(TensorAxes.toTensorOrder(l)));
		}
		int[] in = { 4, 5, 6 };
		TensorAxes.toTensorOrder(in);
		assertArrayEquals(new int[] { 4, 5, 6 }, in, "the argument is left as it was");
	}

	@Test
	void onlyTriplesAreAccepted() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TensorAxes.toTensorOrder(new int[] { 1, 2 }));
		assertTrue(e.getMessage().contains("3 values") && e.getMessage().contains("not 2"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> TensorAxes.fromTensorOrder(new long[4]));
		assertThrows(IllegalArgumentException.class, () -> TensorAxes.toTensorOrder((int[]) null));
	}
}
