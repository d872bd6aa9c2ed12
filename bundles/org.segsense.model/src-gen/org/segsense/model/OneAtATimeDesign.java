/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>One At ATime Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each axis is swept on its own while the other axes are not applied; the unperturbed input is one extra job.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segsense.model.SegsensePackage#getOneAtATimeDesign()
 * @model
 * @generated
 */
public interface OneAtATimeDesign extends Design {
} // OneAtATimeDesign
