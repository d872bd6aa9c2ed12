/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Perturbation Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One dimension of the study: a perturbation type whose swept parameter takes a series of values while its other parameters stay fixed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.PerturbationAxis#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.PerturbationAxis#getPerturbationType <em>Perturbation Type</em>}</li>
 *   <li>{@link org.segsense.model.PerturbationAxis#getFixedParameters <em>Fixed Parameters</em>}</li>
 *   <li>{@link org.segsense.model.PerturbationAxis#getSweptParameter <em>Swept Parameter</em>}</li>
 *   <li>{@link org.segsense.model.PerturbationAxis#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.segsense.model.PerturbationAxis#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getPerturbationAxis()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasSweep knownPerturbation valuesInRange'"
 * @generated
 */
public interface PerturbationAxis extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable name, used as axis title in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.PerturbationAxis#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Perturbation Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the perturbation, resolved against the perturbation registry at run time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perturbation Type</em>' attribute.
	 * @see #setPerturbationType(String)
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_PerturbationType()
	 * @model
	 * @generated
	 */
	String getPerturbationType();

	/**
	 * Sets the value of the '{@link org.segsense.model.PerturbationAxis#getPerturbationType <em>Perturbation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perturbation Type</em>' attribute.
	 * @see #getPerturbationType()
	 * @generated
	 */
	void setPerturbationType(String value);

	/**
	 * Returns the value of the '<em><b>Fixed Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters held constant along the axis; the perturbation's defaults apply to the rest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Parameters</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_FixedParameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getFixedParameters();

	/**
	 * Returns the value of the '<em><b>Swept Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the parameter that varies along the axis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swept Parameter</em>' attribute.
	 * @see #setSweptParameter(String)
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_SweptParameter()
	 * @model
	 * @generated
	 */
	String getSweptParameter();

	/**
	 * Sets the value of the '{@link org.segsense.model.PerturbationAxis#getSweptParameter <em>Swept Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swept Parameter</em>' attribute.
	 * @see #getSweptParameter()
	 * @generated
	 */
	void setSweptParameter(String value);

	/**
	 * Returns the value of the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values the swept parameter takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweep</em>' containment reference.
	 * @see #setSweep(Sweep)
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_Sweep()
	 * @model containment="true"
	 * @generated
	 */
	Sweep getSweep();

	/**
	 * Sets the value of the '{@link org.segsense.model.PerturbationAxis#getSweep <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep</em>' containment reference.
	 * @see #getSweep()
	 * @generated
	 */
	void setSweep(Sweep value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the swept parameter as shown in reports (e.g. mm, degrees, fraction of SD).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.segsense.model.SegsensePackage#getPerturbationAxis_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.segsense.model.PerturbationAxis#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The swept parameter is named and its values are given.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasSweep(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perturbation type and its parameter names are in the catalog (checked only with a catalog).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean knownPerturbation(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Swept and numeric fixed values lie within the bounds the catalog declares (checked only with a catalog).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean valuesInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // PerturbationAxis
