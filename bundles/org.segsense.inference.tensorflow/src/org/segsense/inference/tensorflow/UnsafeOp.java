// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.util.List;

/**
 * One operation type that makes a model unsafe.
 *
 * @param op the operation type, e.g. {@code ReadFile}
 * @param reason why: {@code not on the allow-list}, or where a checkpoint operation is misplaced
 * @param count how many nodes (graph and function library) have it
 * @param nodes the first {@value #SHOWN} of them: {@code 'name' in the graph} or {@code 'name' in function 'f'}
 */
public record UnsafeOp(String op, String reason, int count, List<String> nodes) {

	/** How many node names are kept per operation. */
	public static final int SHOWN = 5;

	public UnsafeOp {
		nodes = List.copyOf(nodes);
	}

	/** @return {@code ReadFile: 2 nodes ('a' in the graph, 'b' in function 'f'), not on the allow-list} */
	public String describe() {
		return op + ": " + count + (count == 1 ? " node" : " nodes") + " (" + String.join(", ", nodes) + (count > nodes.size() ? ", …" : "")
				+ "), " + reason;
	}
}
