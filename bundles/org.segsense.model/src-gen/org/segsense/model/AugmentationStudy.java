/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Augmentation Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A comparison of networks trained with different augmentation pipelines, scored by the study's sensitivity analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.AugmentationStudy#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationStudy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationStudy#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationStudy#getSeeds <em>Seeds</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getAugmentationStudy()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasVariants uniqueVariantIds'"
 * @generated
 */
public interface AugmentationStudy extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationStudy#getName <em>Name</em>}' attribute.
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
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationStudy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.AugmentationVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training variants to compare.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getAugmentationStudy_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<AugmentationVariant> getVariants();

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training seeds: every variant is trained once per seed (paired across variants); when empty, once with the variant's own seed. segsense augment --seeds N overrides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getAugmentationStudy_Seeds()
	 * @model unique="false"
	 * @generated
	 */
	EList<Long> getSeeds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At least one variant.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasVariants(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variant ids are unique within the augmentation study.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueVariantIds(DiagnosticChain diagnostics, Map<Object, Object> context);

} // AugmentationStudy
