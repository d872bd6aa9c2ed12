// SPDX-License-Identifier: EPL-2.0
/**
 * The study editor: {@link org.segsense.ui.editor.StudyEditor}, a multi-page form editor on a study file
 * (Overview, Perturbations, Source) whose every edit is an EMF command (undo/redo, dirty state), validated
 * after each edit with problems shown on the fields and listed on the Overview. The Perturbations page
 * generates the form of a perturbation's parameters from its declaration. See {@code docs/study-editor.md}.
 */
package org.segsense.ui.editor;
