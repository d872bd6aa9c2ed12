/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric to compute, with its parameters (e.g. the NSD tolerance in mm).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.MetricSpec#getMetricType <em>Metric Type</em>}</li>
 *   <li>{@link org.segsense.model.MetricSpec#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.segsense.model.MetricSpec#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getMetricSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasMetricType'"
 * @generated
 */
public interface MetricSpec extends Identified {
	/**
	 * Returns the value of the '<em><b>Metric Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the metric in the metric registry, e.g. dice, hd95, nsd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Type</em>' attribute.
	 * @see #setMetricType(String)
	 * @see org.segsense.model.SegsensePackage#getMetricSpec_MetricType()
	 * @model
	 * @generated
	 */
	String getMetricType();

	/**
	 * Sets the value of the '{@link org.segsense.model.MetricSpec#getMetricType <em>Metric Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric Type</em>' attribute.
	 * @see #getMetricType()
	 * @generated
	 */
	void setMetricType(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric parameters, e.g. tolerance = 2 (mm) for nsd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getMetricSpec_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels to score; every non-background label when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getMetricSpec_Labels()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getLabels();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric type is given.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasMetricType(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MetricSpec
