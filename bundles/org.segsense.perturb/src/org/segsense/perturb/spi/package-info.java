/** The service-provider interface of perturbations: {@link org.segsense.perturb.spi.Perturbation}. */
package org.segsense.perturb.spi;
