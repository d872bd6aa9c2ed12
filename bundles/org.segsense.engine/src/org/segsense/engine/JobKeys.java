// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The job key rules. A key is {@code case=C|variant=V|baseline} for the unperturbed baseline and
 * {@code case=C|variant=V|AXIS.PARAM=VALUE[|AXIS.PARAM=VALUE…]} otherwise (one part per axis, in the
 * design's axis order). Values are written with at most 12 significant digits, without exponent or
 * trailing zeros ({@code 5}, {@code -2.5}, {@code 0.1}), computed from the exact binary value, so the key —
 * and with it the seed {@code Seeds.derive(studySeed, key)} — is the same on every JVM. These rules are
 * fixed: changing them would change the seeds of saved studies.
 */
public final class JobKeys {

	private static final MathContext DIGITS = new MathContext(12);

	private JobKeys() {
	}

	/** @return the key text of a value (see the class comment) */
	public static String number(double v) {
		if (v == 0) {
			return "0"; // also -0.0
		}
		if (!Double.isFinite(v)) {
			return Double.toString(v);
		}
		BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
		return d.toPlainString();
	}

	/** @return the key of a job */
	public static String of(String caseId, String variantId, List<JobSetting> settings) {
		StringBuilder b = new StringBuilder("case=").append(caseId).append("|variant=").append(variantId);
		if (settings.isEmpty()) {
			b.append("|baseline");
		}
		for (JobSetting s : settings) {
			b.append('|').append(s.keyPart());
		}
		return b.toString();
	}
}
