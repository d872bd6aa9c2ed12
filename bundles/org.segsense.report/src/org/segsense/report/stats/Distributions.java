// SPDX-License-Identifier: EPL-2.0
package org.segsense.report.stats;

/**
 * The normal and Student-t distributions, to double precision where it matters for reports (p-values
 * and 95 % intervals): the normal CDF through a complementary error function with relative error
 * below 1.2e-7 (Numerical Recipes' erfc Chebyshev fit), the t CDF through the regularised incomplete
 * beta function (Lentz's continued fraction), its quantile by bisection on the CDF.
 */
public final class Distributions {

	private Distributions() {
	}

	/** @return P(Z ≤ z) for a standard normal Z */
	public static double normalCdf(double z) {
		return 0.5 * erfc(-z / Math.sqrt(2));
	}

	/** The complementary error function (fractional error < 1.2e-7 everywhere). */
	static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
				+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
		return x >= 0 ? r : 2 - r;
	}

	/**
	 * @param t the value
	 * @param df degrees of freedom (&gt; 0)
	 * @return P(T ≤ t) for Student's t with df degrees of freedom
	 */
	public static double studentCdf(double t, double df) {
		double x = df / (df + t * t);
		double tail = 0.5 * regularizedBeta(x, df / 2, 0.5);
		return t >= 0 ? 1 - tail : tail;
	}

	/**
	 * @param p probability in (0, 1)
	 * @param df degrees of freedom
	 * @return the p-quantile of Student's t
	 */
	public static double studentQuantile(double p, double df) {
		if (!(p > 0 && p < 1)) {
			throw new IllegalArgumentException("p must be in (0, 1), not " + p);
		}
		double lo = -1e4, hi = 1e4;
		for (int i = 0; i < 200; i++) {
			double mid = (lo + hi) / 2;
			if (studentCdf(mid, df) < p) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return (lo + hi) / 2;
	}

	/** I_x(a, b), the regularised incomplete beta function. */
	static double regularizedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
		if (x < (a + 1) / (a + b + 2)) {
			return Math.exp(lnFront) * betaFraction(x, a, b) / a;
		}
		return 1 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
	}

	/** Lentz's continued fraction of the incomplete beta function. */
	private static double betaFraction(double x, double a, double b) {
		double tiny = 1e-300, c = 1, d = 1 - (a + b) * x / (a + 1);
		d = Math.abs(d) < tiny ? tiny : d;
		d = 1 / d;
		double h = d;
		for (int m = 1; m <= 500; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 + aa * d;
			d = Math.abs(d) < tiny ? tiny : d;
			c = 1 + aa / c;
			c = Math.abs(c) < tiny ? tiny : c;
			d = 1 / d;
			h *= d * c;
			aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 + aa * d;
			d = Math.abs(d) < tiny ? tiny : d;
			c = 1 + aa / c;
			c = Math.abs(c) < tiny ? tiny : c;
			d = 1 / d;
			double del = d * c;
			h *= del;
			if (Math.abs(del - 1) < 1e-15) {
				break;
			}
		}
		return h;
	}

	/** ln Γ(x) for x &gt; 0 (Lanczos, g = 7, 9 terms; relative error ~1e-15). */
	static double logGamma(double x) {
		double[] c = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
				12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7 };
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		x -= 1;
		double s = c[0];
		for (int i = 1; i < 9; i++) {
			s += c[i] / (x + i);
		}
		double t = x + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
	}
}
