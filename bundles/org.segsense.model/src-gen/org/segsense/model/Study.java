/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sensitivity study: cases are segmented by model variants under systematically perturbed inputs and scored against a reference. The root object of a study file; it also keeps the augmentation studies and the records of its runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.Study#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.Study#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.Study#getCases <em>Cases</em>}</li>
 *   <li>{@link org.segsense.model.Study#getModelVariants <em>Model Variants</em>}</li>
 *   <li>{@link org.segsense.model.Study#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.segsense.model.Study#getDesign <em>Design</em>}</li>
 *   <li>{@link org.segsense.model.Study#getReference <em>Reference</em>}</li>
 *   <li>{@link org.segsense.model.Study#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.segsense.model.Study#getEvaluationSpace <em>Evaluation Space</em>}</li>
 *   <li>{@link org.segsense.model.Study#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.segsense.model.Study#getWorstValue <em>Worst Value</em>}</li>
 *   <li>{@link org.segsense.model.Study#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.segsense.model.Study#getAugmentationStudies <em>Augmentation Studies</em>}</li>
 *   <li>{@link org.segsense.model.Study#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getStudy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasCases hasModelVariants hasMetrics hasReference uniqueIds validWorstValue'"
 * @generated
 */
public interface Study extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: purpose, data provenance, notes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segsense.model.SegsensePackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Master seed. Every random draw of a job is seeded from (study seed, job key), so results do not depend on order, threads or shards.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.segsense.model.SegsensePackage#getStudy_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cases (subjects) to segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Model Variants</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.ModelVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trained networks under test; each case is segmented by each variant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Variants</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_ModelVariants()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelVariant> getModelVariants();

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.PerturbationAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perturbation axes that can be swept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_Axes()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerturbationAxis> getAxes();

	/**
	 * Returns the value of the '<em><b>Design</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the axes are combined into jobs; one-at-a-time over all axes when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design</em>' containment reference.
	 * @see #setDesign(Design)
	 * @see org.segsense.model.SegsensePackage#getStudy_Design()
	 * @model containment="true"
	 * @generated
	 */
	Design getDesign();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getDesign <em>Design</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' containment reference.
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(Design value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a prediction is scored against (required).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' containment reference.
	 * @see #setReference(ReferenceStrategy)
	 * @see org.segsense.model.SegsensePackage#getStudy_Reference()
	 * @model containment="true"
	 * @generated
	 */
	ReferenceStrategy getReference();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getReference <em>Reference</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' containment reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(ReferenceStrategy value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.MetricSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics computed per job and label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricSpec> getMetrics();

	/**
	 * Returns the value of the '<em><b>Evaluation Space</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.EvaluationSpace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For spatial perturbations: whether the reference is transformed with the input, or the prediction is mapped back to the original grid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluation Space</em>' attribute.
	 * @see org.segsense.model.EvaluationSpace
	 * @see #setEvaluationSpace(EvaluationSpace)
	 * @see org.segsense.model.SegsensePackage#getStudy_EvaluationSpace()
	 * @model
	 * @generated
	 */
	EvaluationSpace getEvaluationSpace();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getEvaluationSpace <em>Evaluation Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Space</em>' attribute.
	 * @see org.segsense.model.EvaluationSpace
	 * @see #getEvaluationSpace()
	 * @generated
	 */
	void setEvaluationSpace(EvaluationSpace value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.AggregationPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How reports aggregate surface-distance metrics (hd, hd95, hd95Pooled, assd, masd) that are undefined because exactly one of prediction and reference is empty (a missed or a spurious structure). Absent (files written before this attribute existed): exclude, the behaviour those files were run with. New studies (segsense study new) write worstCase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see org.segsense.model.AggregationPolicy
	 * @see #setAggregation(AggregationPolicy)
	 * @see org.segsense.model.SegsensePackage#getStudy_Aggregation()
	 * @model
	 * @generated
	 */
	AggregationPolicy getAggregation();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see org.segsense.model.AggregationPolicy
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(AggregationPolicy value);

	/**
	 * Returns the value of the '<em><b>Worst Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value (mm) the worstCase policy substitutes for an undefined surface distance. Absent: the diagonal of the evaluation grid's field of view, sqrt(sum_i (size_i spacing_i)^2), of the job's case, which exceeds every distance measurable on that grid (Metrics Reloaded's worst possible value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Value</em>' attribute.
	 * @see #setWorstValue(Double)
	 * @see org.segsense.model.SegsensePackage#getStudy_WorstValue()
	 * @model
	 * @generated
	 */
	Double getWorstValue();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getWorstValue <em>Worst Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Value</em>' attribute.
	 * @see #getWorstValue()
	 * @generated
	 */
	void setWorstValue(Double value);

	/**
	 * Returns the value of the '<em><b>Execution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threads and device; defaults apply when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution</em>' containment reference.
	 * @see #setExecution(ExecutionSettings)
	 * @see org.segsense.model.SegsensePackage#getStudy_Execution()
	 * @model containment="true"
	 * @generated
	 */
	ExecutionSettings getExecution();

	/**
	 * Sets the value of the '{@link org.segsense.model.Study#getExecution <em>Execution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution</em>' containment reference.
	 * @see #getExecution()
	 * @generated
	 */
	void setExecution(ExecutionSettings value);

	/**
	 * Returns the value of the '<em><b>Augmentation Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.AugmentationStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Studies comparing models trained with different augmentation pipelines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Augmentation Studies</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_AugmentationStudies()
	 * @model containment="true"
	 * @generated
	 */
	EList<AugmentationStudy> getAugmentationStudies();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.RunRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records of the runs of this study, newest last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getStudy_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunRecord> getRuns();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study has at least one case.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasCases(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study has at least one model variant.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasModelVariants(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study has at least one metric (warning only).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasMetrics(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study names its reference strategy.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasReference(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of cases, model variants, axes, metrics, augmentation studies and runs are unique within their list.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueIds(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A declared worst value is a finite number > 0 (mm); declared with the exclude policy it has no effect (warning).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validWorstValue(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Study
