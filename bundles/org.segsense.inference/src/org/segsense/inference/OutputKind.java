// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import java.util.Locale;

/** What the values of a model's output channels are, and so how SegSense turns them into labels. */
public enum OutputKind {
	/** Class probabilities (softmax already applied), two or more channels: label = argmax. */
	PROBABILITIES,
	/** One channel, the foreground probability (sigmoid applied): label = probability ≥ threshold. */
	SIGMOID,
	/**
	 * Unnormalised scores: with two or more channels SegSense applies a softmax, with one channel a
	 * sigmoid, then proceeds as for {@link #PROBABILITIES} or {@link #SIGMOID}.
	 */
	LOGITS,
	/**
	 * One sigmoid probability per channel, each channel its own binary structure (e.g. one white-matter
	 * bundle per channel, as TractSeg): channel k is foreground where p_k ≥ the threshold, so labels may
	 * overlap. The label image has one uint8 component (0/1) per channel; metadata key {@code labelNames}
	 * names the channels.
	 */
	SIGMOID_MULTILABEL;

	/** @return the name used on the command line and in model metadata, e.g. {@code probabilities}, {@code sigmoid-multilabel} */
	public String cliName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * @param name a {@link #cliName()}, case-insensitive
	 * @return the kind
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static OutputKind fromName(String name) {
		for (OutputKind k : values()) {
			if (k.cliName().equalsIgnoreCase(name.trim())) {
				return k;
			}
		}
		throw new IllegalArgumentException("Unknown output kind '" + name + "'; use probabilities, sigmoid, logits or sigmoid-multilabel.");
	}
}
