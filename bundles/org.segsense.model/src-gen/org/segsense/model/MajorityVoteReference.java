/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Majority Vote Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Voxel-wise majority vote, as ITK's LabelVotingImageFilter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.MajorityVoteReference#getUndecidedLabel <em>Undecided Label</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getMajorityVoteReference()
 * @model
 * @generated
 */
public interface MajorityVoteReference extends ConsensusReference {
	/**
	 * Returns the value of the '<em><b>Undecided Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label for ties; ITK's default (largest label + 1) when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Undecided Label</em>' attribute.
	 * @see #isSetUndecidedLabel()
	 * @see #unsetUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @see org.segsense.model.SegsensePackage#getMajorityVoteReference_UndecidedLabel()
	 * @model unsettable="true"
	 * @generated
	 */
	int getUndecidedLabel();

	/**
	 * Sets the value of the '{@link org.segsense.model.MajorityVoteReference#getUndecidedLabel <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Undecided Label</em>' attribute.
	 * @see #isSetUndecidedLabel()
	 * @see #unsetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @generated
	 */
	void setUndecidedLabel(int value);

	/**
	 * Unsets the value of the '{@link org.segsense.model.MajorityVoteReference#getUndecidedLabel <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @generated
	 */
	void unsetUndecidedLabel();

	/**
	 * Returns whether the value of the '{@link org.segsense.model.MajorityVoteReference#getUndecidedLabel <em>Undecided Label</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Undecided Label</em>' attribute is set.
	 * @see #unsetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @generated
	 */
	boolean isSetUndecidedLabel();

} // MajorityVoteReference
