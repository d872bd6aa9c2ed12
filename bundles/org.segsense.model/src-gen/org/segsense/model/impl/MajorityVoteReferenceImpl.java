/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.segsense.model.MajorityVoteReference;
import org.segsense.model.SegsensePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Majority Vote Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.MajorityVoteReferenceImpl#getUndecidedLabel <em>Undecided Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MajorityVoteReferenceImpl extends ConsensusReferenceImpl implements MajorityVoteReference {
	/**
	 * The default value of the '{@link #getUndecidedLabel() <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUndecidedLabel()
	 * @generated
	 * @ordered
	 */
	protected static final int UNDECIDED_LABEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUndecidedLabel() <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUndecidedLabel()
	 * @generated
	 * @ordered
	 */
	protected int undecidedLabel = UNDECIDED_LABEL_EDEFAULT;

	/**
	 * This is true if the Undecided Label attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean undecidedLabelESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MajorityVoteReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.MAJORITY_VOTE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUndecidedLabel() {
		return undecidedLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUndecidedLabel(int newUndecidedLabel) {
		int oldUndecidedLabel = undecidedLabel;
		undecidedLabel = newUndecidedLabel;
		boolean oldUndecidedLabelESet = undecidedLabelESet;
		undecidedLabelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL, oldUndecidedLabel, undecidedLabel, !oldUndecidedLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUndecidedLabel() {
		int oldUndecidedLabel = undecidedLabel;
		boolean oldUndecidedLabelESet = undecidedLabelESet;
		undecidedLabel = UNDECIDED_LABEL_EDEFAULT;
		undecidedLabelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL, oldUndecidedLabel, UNDECIDED_LABEL_EDEFAULT, oldUndecidedLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUndecidedLabel() {
		return undecidedLabelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL:
				return getUndecidedLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL:
				setUndecidedLabel((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL:
				unsetUndecidedLabel();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SegsensePackage.MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL:
				return isSetUndecidedLabel();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (undecidedLabel: ");
		if (undecidedLabelESet) result.append(undecidedLabel); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //MajorityVoteReferenceImpl
