/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One input channel of a case (e.g. T1, FLAIR or a fibre-peak image).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.ImageChannel#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getImageChannel()
 * @model
 * @generated
 */
public interface ImageChannel extends FileReference {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channel name, e.g. 'T1'; distinct within the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getImageChannel_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.ImageChannel#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // ImageChannel
