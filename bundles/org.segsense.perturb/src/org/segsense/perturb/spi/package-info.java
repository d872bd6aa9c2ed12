// SPDX-License-Identifier: EPL-2.0
/** The service-provider interface of perturbations: {@link org.segsense.perturb.spi.Perturbation}. */
package org.segsense.perturb.spi;
