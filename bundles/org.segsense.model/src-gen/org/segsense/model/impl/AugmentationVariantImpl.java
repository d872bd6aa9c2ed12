/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.Case;
import org.segsense.model.SegsensePackage;
import org.segsense.model.TrainingSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Augmentation Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationVariantImpl#getTrainingCases <em>Training Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AugmentationVariantImpl extends IdentifiedImpl implements AugmentationVariant {
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
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHITECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected String architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSettings training;

	/**
	 * The cached value of the '{@link #getAugmentation() <em>Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAugmentation()
	 * @generated
	 * @ordered
	 */
	protected AugmentationPipeline augmentation;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrainingCases() <em>Training Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> trainingCases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AugmentationVariantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.AUGMENTATION_VARIANT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(String newArchitecture) {
		String oldArchitecture = architecture;
		architecture = newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSettings getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSettings newTraining, NotificationChain msgs) {
		TrainingSettings oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__TRAINING, oldTraining, newTraining);
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
	public void setTraining(TrainingSettings newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.AUGMENTATION_VARIANT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.AUGMENTATION_VARIANT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationPipeline getAugmentation() {
		return augmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAugmentation(AugmentationPipeline newAugmentation, NotificationChain msgs) {
		AugmentationPipeline oldAugmentation = augmentation;
		augmentation = newAugmentation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION, oldAugmentation, newAugmentation);
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
	public void setAugmentation(AugmentationPipeline newAugmentation) {
		if (newAugmentation != augmentation) {
			NotificationChain msgs = null;
			if (augmentation != null)
				msgs = ((InternalEObject)augmentation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION, null, msgs);
			if (newAugmentation != null)
				msgs = ((InternalEObject)newAugmentation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION, null, msgs);
			msgs = basicSetAugmentation(newAugmentation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION, newAugmentation, newAugmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_VARIANT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getTrainingCases() {
		if (trainingCases == null) {
			trainingCases = new EObjectResolvingEList<Case>(Case.class, this, SegsensePackage.AUGMENTATION_VARIANT__TRAINING_CASES);
		}
		return trainingCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING:
				return basicSetTraining(null, msgs);
			case SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION:
				return basicSetAugmentation(null, msgs);
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
			case SegsensePackage.AUGMENTATION_VARIANT__NAME:
				return getName();
			case SegsensePackage.AUGMENTATION_VARIANT__ARCHITECTURE:
				return getArchitecture();
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING:
				return getTraining();
			case SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION:
				return getAugmentation();
			case SegsensePackage.AUGMENTATION_VARIANT__SEED:
				return getSeed();
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING_CASES:
				return getTrainingCases();
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
			case SegsensePackage.AUGMENTATION_VARIANT__NAME:
				setName((String)newValue);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__ARCHITECTURE:
				setArchitecture((String)newValue);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING:
				setTraining((TrainingSettings)newValue);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION:
				setAugmentation((AugmentationPipeline)newValue);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__SEED:
				setSeed((Long)newValue);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING_CASES:
				getTrainingCases().clear();
				getTrainingCases().addAll((Collection<? extends Case>)newValue);
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
			case SegsensePackage.AUGMENTATION_VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING:
				setTraining((TrainingSettings)null);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION:
				setAugmentation((AugmentationPipeline)null);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING_CASES:
				getTrainingCases().clear();
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
			case SegsensePackage.AUGMENTATION_VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegsensePackage.AUGMENTATION_VARIANT__ARCHITECTURE:
				return ARCHITECTURE_EDEFAULT == null ? architecture != null : !ARCHITECTURE_EDEFAULT.equals(architecture);
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING:
				return training != null;
			case SegsensePackage.AUGMENTATION_VARIANT__AUGMENTATION:
				return augmentation != null;
			case SegsensePackage.AUGMENTATION_VARIANT__SEED:
				return seed != SEED_EDEFAULT;
			case SegsensePackage.AUGMENTATION_VARIANT__TRAINING_CASES:
				return trainingCases != null && !trainingCases.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", architecture: ");
		result.append(architecture);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //AugmentationVariantImpl
