/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.CaseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.impl.CaseImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segsense.model.impl.CaseImpl#getLabelImage <em>Label Image</em>}</li>
 *   <li>{@link org.segsense.model.impl.CaseImpl#getRoiMask <em>Roi Mask</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends IdentifiedImpl implements Case {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageChannel> channels;

	/**
	 * The cached value of the '{@link #getLabelImage() <em>Label Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelImage()
	 * @generated
	 * @ordered
	 */
	protected FileReference labelImage;

	/**
	 * The cached value of the '{@link #getRoiMask() <em>Roi Mask</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiMask()
	 * @generated
	 * @ordered
	 */
	protected FileReference roiMask;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.CASE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageChannel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<ImageChannel>(ImageChannel.class, this, SegsensePackage.CASE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileReference getLabelImage() {
		return labelImage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelImage(FileReference newLabelImage, NotificationChain msgs) {
		FileReference oldLabelImage = labelImage;
		labelImage = newLabelImage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.CASE__LABEL_IMAGE, oldLabelImage, newLabelImage);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelImage(FileReference newLabelImage) {
		if (newLabelImage != labelImage) {
			NotificationChain msgs = null;
			if (labelImage != null)
				msgs = ((InternalEObject)labelImage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.CASE__LABEL_IMAGE, null, msgs);
			if (newLabelImage != null)
				msgs = ((InternalEObject)newLabelImage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.CASE__LABEL_IMAGE, null, msgs);
			msgs = basicSetLabelImage(newLabelImage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.CASE__LABEL_IMAGE, newLabelImage, newLabelImage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileReference getRoiMask() {
		return roiMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoiMask(FileReference newRoiMask, NotificationChain msgs) {
		FileReference oldRoiMask = roiMask;
		roiMask = newRoiMask;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.CASE__ROI_MASK, oldRoiMask, newRoiMask);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoiMask(FileReference newRoiMask) {
		if (newRoiMask != roiMask) {
			NotificationChain msgs = null;
			if (roiMask != null)
				msgs = ((InternalEObject)roiMask).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.CASE__ROI_MASK, null, msgs);
			if (newRoiMask != null)
				msgs = ((InternalEObject)newRoiMask).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.CASE__ROI_MASK, null, msgs);
			msgs = basicSetRoiMask(newRoiMask, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.CASE__ROI_MASK, newRoiMask, newRoiMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChannels(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasChannels(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueChannelNames(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.uniqueChannelNames(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.CASE__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SegsensePackage.CASE__LABEL_IMAGE:
				return basicSetLabelImage(null, msgs);
			case SegsensePackage.CASE__ROI_MASK:
				return basicSetRoiMask(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.CASE__DESCRIPTION:
				return getDescription();
			case SegsensePackage.CASE__CHANNELS:
				return getChannels();
			case SegsensePackage.CASE__LABEL_IMAGE:
				return getLabelImage();
			case SegsensePackage.CASE__ROI_MASK:
				return getRoiMask();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.CASE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegsensePackage.CASE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ImageChannel>)newValue);
				return;
			case SegsensePackage.CASE__LABEL_IMAGE:
				setLabelImage((FileReference)newValue);
				return;
			case SegsensePackage.CASE__ROI_MASK:
				setRoiMask((FileReference)newValue);
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
			case SegsensePackage.CASE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegsensePackage.CASE__CHANNELS:
				getChannels().clear();
				return;
			case SegsensePackage.CASE__LABEL_IMAGE:
				setLabelImage((FileReference)null);
				return;
			case SegsensePackage.CASE__ROI_MASK:
				setRoiMask((FileReference)null);
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
			case SegsensePackage.CASE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegsensePackage.CASE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SegsensePackage.CASE__LABEL_IMAGE:
				return labelImage != null;
			case SegsensePackage.CASE__ROI_MASK:
				return roiMask != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SegsensePackage.CASE___HAS_CHANNELS__DIAGNOSTICCHAIN_MAP:
				return hasChannels((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.CASE___UNIQUE_CHANNEL_NAMES__DIAGNOSTICCHAIN_MAP:
				return uniqueChannelNames((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
