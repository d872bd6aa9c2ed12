/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Augmentation Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A perturbation applied during training with a probability and parameters drawn uniformly from ranges.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.AugmentationStep#getPerturbationType <em>Perturbation Type</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationStep#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationStep#getRanges <em>Ranges</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getAugmentationStep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='probabilityInRange knownPerturbation rangesWithinBounds'"
 * @generated
 */
public interface AugmentationStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Perturbation Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the perturbation in the perturbation registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perturbation Type</em>' attribute.
	 * @see #setPerturbationType(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationStep_PerturbationType()
	 * @model
	 * @generated
	 */
	String getPerturbationType();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationStep#getPerturbationType <em>Perturbation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perturbation Type</em>' attribute.
	 * @see #getPerturbationType()
	 * @generated
	 */
	void setPerturbationType(String value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability that the step is applied to a sample, in [0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.segsense.model.SegsensePackage#getAugmentationStep_Probability()
	 * @model default="1.0"
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationStep#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.ParameterRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters drawn uniformly from [minimum, maximum].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranges</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getAugmentationStep_Ranges()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterRange> getRanges();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The probability is within [0, 1].
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean probabilityInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

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
	 * Parameter ranges lie within the bounds the catalog declares (checked only with a catalog).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean rangesWithinBounds(DiagnosticChain diagnostics, Map<Object, Object> context);

} // AugmentationStep
