// SPDX-License-Identifier: EPL-2.0
/** Shared fixtures for the model tests: fully populated studies with their project files, and a perturbation catalog. */
package org.segsense.model.tests;
