// SPDX-License-Identifier: EPL-2.0
/** Implementation details of the perturbation bundle; not API. */
package org.segsense.perturb.internal;
