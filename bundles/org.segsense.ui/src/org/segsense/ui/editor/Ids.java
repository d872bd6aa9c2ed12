// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

/**
 * Widget data keys of the study editor: every control a user edits carries {@code segsense.id} = one of
 * these names (tests and accessibility tools find controls by them), and a decorated control carries its
 * {@link org.eclipse.jface.fieldassist.ControlDecoration} under {@link #DECORATION}.
 */
public final class Ids {

	/** The widget data key holding a control's id. */
	public static final String KEY = "segsense.id";
	/** The widget data key holding a control's decoration. */
	public static final String DECORATION = "segsense.decoration";

	/** Page ids ({@code FormEditor.setActivePage(String)}). */
	public static final String OVERVIEW_PAGE = "overview";
	public static final String PERTURBATIONS_PAGE = "perturbations";
	public static final String SOURCE_PAGE = "source";

	public static final String NAME = "study.name";
	public static final String DESCRIPTION = "study.description";
	public static final String SEED = "study.seed";
	public static final String DESIGN = "study.design";
	public static final String JOBS = "study.jobs";
	public static final String ESTIMATE = "study.estimate";
	public static final String STATUS = "study.status";
	public static final String PROBLEMS = "study.problems";
	public static final String AXES = "axes.list";
	public static final String ADD_TYPE = "axes.addType";
	public static final String ADD = "axes.add";
	public static final String REMOVE = "axes.remove";
	public static final String AXIS_NAME = "axis.name";
	public static final String AXIS_TYPE = "axis.type";
	public static final String SWEPT = "axis.sweptParameter";
	public static final String SWEEP_KIND = "sweep.kind";
	public static final String SWEEP_LIST = "sweep.values";
	public static final String SWEEP_START = "sweep.start";
	public static final String SWEEP_STOP = "sweep.stop";
	public static final String SWEEP_STEPS = "sweep.steps";
	public static final String SWEEP_SHOWN = "sweep.shown";
	/** Prefix of the generated field of a fixed parameter: {@code parameter.<name>}. */
	public static final String PARAMETER = "parameter.";
	public static final String SOURCE = "source.text";
	/** The live preview of the Perturbations page (a {@link org.segsense.ui.preview.PerturbationPreview}). */
	public static final String PREVIEW = "axis.preview";

	private Ids() {
	}
}
