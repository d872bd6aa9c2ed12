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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Augmentation Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.AugmentationStudyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationStudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationStudyImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationStudyImpl#getSeeds <em>Seeds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AugmentationStudyImpl extends IdentifiedImpl implements AugmentationStudy {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<AugmentationVariant> variants;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> seeds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AugmentationStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.AUGMENTATION_STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_STUDY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AugmentationVariant> getVariants() {
		if (variants == null) {
			variants = new EObjectContainmentEList<AugmentationVariant>(AugmentationVariant.class, this, SegsensePackage.AUGMENTATION_STUDY__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getSeeds() {
		if (seeds == null) {
			seeds = new EDataTypeEList<Long>(Long.class, this, SegsensePackage.AUGMENTATION_STUDY__SEEDS);
		}
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasVariants(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasVariants(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueVariantIds(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.uniqueVariantIds(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.AUGMENTATION_STUDY__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
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
			case SegsensePackage.AUGMENTATION_STUDY__NAME:
				return getName();
			case SegsensePackage.AUGMENTATION_STUDY__DESCRIPTION:
				return getDescription();
			case SegsensePackage.AUGMENTATION_STUDY__VARIANTS:
				return getVariants();
			case SegsensePackage.AUGMENTATION_STUDY__SEEDS:
				return getSeeds();
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
			case SegsensePackage.AUGMENTATION_STUDY__NAME:
				setName((String)newValue);
				return;
			case SegsensePackage.AUGMENTATION_STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegsensePackage.AUGMENTATION_STUDY__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends AugmentationVariant>)newValue);
				return;
			case SegsensePackage.AUGMENTATION_STUDY__SEEDS:
				getSeeds().clear();
				getSeeds().addAll((Collection<? extends Long>)newValue);
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
			case SegsensePackage.AUGMENTATION_STUDY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_STUDY__VARIANTS:
				getVariants().clear();
				return;
			case SegsensePackage.AUGMENTATION_STUDY__SEEDS:
				getSeeds().clear();
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
			case SegsensePackage.AUGMENTATION_STUDY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegsensePackage.AUGMENTATION_STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegsensePackage.AUGMENTATION_STUDY__VARIANTS:
				return variants != null && !variants.isEmpty();
			case SegsensePackage.AUGMENTATION_STUDY__SEEDS:
				return seeds != null && !seeds.isEmpty();
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
			case SegsensePackage.AUGMENTATION_STUDY___HAS_VARIANTS__DIAGNOSTICCHAIN_MAP:
				return hasVariants((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.AUGMENTATION_STUDY___UNIQUE_VARIANT_IDS__DIAGNOSTICCHAIN_MAP:
				return uniqueVariantIds((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", seeds: ");
		result.append(seeds);
		result.append(')');
		return result.toString();
	}

} //AugmentationStudyImpl
