/** Implementation details of the perturbation bundle; not API. */
package org.segsense.perturb.internal;
