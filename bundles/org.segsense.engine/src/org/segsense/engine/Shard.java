// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

/**
 * A shard {@code I/N} of a study's jobs: the jobs whose index satisfies {@code index % N == I − 1}.
 *
 * @param index I, from 1
 * @param count N
 */
public record Shard(int index, int count) {

	/** The whole study. */
	public static final Shard ALL = new Shard(1, 1);

	public Shard {
		if (count < 1 || index < 1 || index > count) {
			throw new IllegalArgumentException("A shard is I/N with 1 ≤ I ≤ N, not " + index + "/" + count + ".");
		}
	}

	/**
	 * @param text {@code I/N}
	 * @return the shard
	 * @throws IllegalArgumentException for anything else
	 */
	public static Shard parse(String text) {
		String[] p = text.trim().split("/");
		if (p.length != 2) {
			throw new IllegalArgumentException("--shard takes I/N (e.g. 1/4), not '" + text + "'.");
		}
		try {
			return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--shard takes I/N with whole numbers (e.g. 1/4), not '" + text + "'.");
		}
	}

	/** @return true if the job with this index belongs to the shard */
	public boolean contains(int jobIndex) {
		return jobIndex % count == index - 1;
	}

	/** @return true for 1/1 */
	public boolean whole() {
		return count == 1;
	}

	@Override
	public String toString() {
		return index + "/" + count;
	}
}
