/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Augmentation Pipeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered list of random augmentation steps applied to training samples.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.AugmentationPipeline#getBuiltIn <em>Built In</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationPipeline#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getAugmentationPipeline()
 * @model
 * @generated
 */
public interface AugmentationPipeline extends EObject {
	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trainer's own patch augmentation, applied before the steps: none, intensity, flip or a combination such as intensity+flip (segsense train --augment).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationPipeline_BuiltIn()
	 * @model default="none"
	 * @generated
	 */
	String getBuiltIn();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationPipeline#getBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #getBuiltIn()
	 * @generated
	 */
	void setBuiltIn(String value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.AugmentationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps applied in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getAugmentationPipeline_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<AugmentationStep> getSteps();

} // AugmentationPipeline
