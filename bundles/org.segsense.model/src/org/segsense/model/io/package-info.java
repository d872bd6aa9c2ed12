// SPDX-License-Identifier: EPL-2.0
/**
 * Reading and writing study files ({@code *.segsense}, XMI) safely: {@link org.segsense.model.io.StudyResources}
 * loads with XML external entities and DOCTYPEs refused and reports every problem as a
 * {@link org.segsense.model.io.StudyLoadException} with a message for the user; saving is atomic. Works with
 * and without OSGi, and never changes EMF's global registries.
 */
package org.segsense.model.io;
