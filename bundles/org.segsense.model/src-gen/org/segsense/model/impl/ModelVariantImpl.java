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

import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.FileReference;
import org.segsense.model.LabelDefinition;
import org.segsense.model.ModelVariant;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.ModelVariantConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getSavedModel <em>Saved Model</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getSignatureKey <em>Signature Key</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getInputTensor <em>Input Tensor</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getOutputTensor <em>Output Tensor</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getTileSize <em>Tile Size</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getTileOverlap <em>Tile Overlap</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getNormalization <em>Normalization</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getTrainingAugmentation <em>Training Augmentation</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getTrainedBy <em>Trained By</em>}</li>
 *   <li>{@link org.segsense.model.impl.ModelVariantImpl#getTrainingSeed <em>Training Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelVariantImpl extends IdentifiedImpl implements ModelVariant {
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
	 * The cached value of the '{@link #getSavedModel() <em>Saved Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedModel()
	 * @generated
	 * @ordered
	 */
	protected FileReference savedModel;

	/**
	 * The default value of the '{@link #getSignatureKey() <em>Signature Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNATURE_KEY_EDEFAULT = "serving_default";

	/**
	 * The cached value of the '{@link #getSignatureKey() <em>Signature Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureKey()
	 * @generated
	 * @ordered
	 */
	protected String signatureKey = SIGNATURE_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputTensor() <em>Input Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputTensor()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_TENSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputTensor() <em>Input Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputTensor()
	 * @generated
	 * @ordered
	 */
	protected String inputTensor = INPUT_TENSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputTensor() <em>Output Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputTensor()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_TENSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutputTensor() <em>Output Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputTensor()
	 * @generated
	 * @ordered
	 */
	protected String outputTensor = OUTPUT_TENSOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTileSize() <em>Tile Size</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTileSize()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> tileSize;

	/**
	 * The cached value of the '{@link #getTileOverlap() <em>Tile Overlap</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTileOverlap()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> tileOverlap;

	/**
	 * The default value of the '{@link #getNormalization() <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalization()
	 * @generated
	 * @ordered
	 */
	protected static final NormalizationMethod NORMALIZATION_EDEFAULT = NormalizationMethod.NONE;

	/**
	 * The cached value of the '{@link #getNormalization() <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalization()
	 * @generated
	 * @ordered
	 */
	protected NormalizationMethod normalization = NORMALIZATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelDefinition> labels;

	/**
	 * The cached value of the '{@link #getTrainingAugmentation() <em>Training Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingAugmentation()
	 * @generated
	 * @ordered
	 */
	protected AugmentationPipeline trainingAugmentation;

	/**
	 * The cached value of the '{@link #getTrainedBy() <em>Trained By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainedBy()
	 * @generated
	 * @ordered
	 */
	protected AugmentationVariant trainedBy;

	/**
	 * The default value of the '{@link #getTrainingSeed() <em>Training Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long TRAINING_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTrainingSeed() <em>Training Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingSeed()
	 * @generated
	 * @ordered
	 */
	protected long trainingSeed = TRAINING_SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelVariantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.MODEL_VARIANT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileReference getSavedModel() {
		return savedModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSavedModel(FileReference newSavedModel, NotificationChain msgs) {
		FileReference oldSavedModel = savedModel;
		savedModel = newSavedModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__SAVED_MODEL, oldSavedModel, newSavedModel);
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
	public void setSavedModel(FileReference newSavedModel) {
		if (newSavedModel != savedModel) {
			NotificationChain msgs = null;
			if (savedModel != null)
				msgs = ((InternalEObject)savedModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.MODEL_VARIANT__SAVED_MODEL, null, msgs);
			if (newSavedModel != null)
				msgs = ((InternalEObject)newSavedModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.MODEL_VARIANT__SAVED_MODEL, null, msgs);
			msgs = basicSetSavedModel(newSavedModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__SAVED_MODEL, newSavedModel, newSavedModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignatureKey() {
		return signatureKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureKey(String newSignatureKey) {
		String oldSignatureKey = signatureKey;
		signatureKey = newSignatureKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY, oldSignatureKey, signatureKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputTensor() {
		return inputTensor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputTensor(String newInputTensor) {
		String oldInputTensor = inputTensor;
		inputTensor = newInputTensor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__INPUT_TENSOR, oldInputTensor, inputTensor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutputTensor() {
		return outputTensor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputTensor(String newOutputTensor) {
		String oldOutputTensor = outputTensor;
		outputTensor = newOutputTensor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR, oldOutputTensor, outputTensor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getTileSize() {
		if (tileSize == null) {
			tileSize = new EDataTypeEList<Integer>(Integer.class, this, SegsensePackage.MODEL_VARIANT__TILE_SIZE);
		}
		return tileSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getTileOverlap() {
		if (tileOverlap == null) {
			tileOverlap = new EDataTypeEList<Integer>(Integer.class, this, SegsensePackage.MODEL_VARIANT__TILE_OVERLAP);
		}
		return tileOverlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalizationMethod getNormalization() {
		return normalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalization(NormalizationMethod newNormalization) {
		NormalizationMethod oldNormalization = normalization;
		normalization = newNormalization == null ? NORMALIZATION_EDEFAULT : newNormalization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__NORMALIZATION, oldNormalization, normalization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelDefinition> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<LabelDefinition>(LabelDefinition.class, this, SegsensePackage.MODEL_VARIANT__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationPipeline getTrainingAugmentation() {
		return trainingAugmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrainingAugmentation(AugmentationPipeline newTrainingAugmentation, NotificationChain msgs) {
		AugmentationPipeline oldTrainingAugmentation = trainingAugmentation;
		trainingAugmentation = newTrainingAugmentation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION, oldTrainingAugmentation, newTrainingAugmentation);
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
	public void setTrainingAugmentation(AugmentationPipeline newTrainingAugmentation) {
		if (newTrainingAugmentation != trainingAugmentation) {
			NotificationChain msgs = null;
			if (trainingAugmentation != null)
				msgs = ((InternalEObject)trainingAugmentation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION, null, msgs);
			if (newTrainingAugmentation != null)
				msgs = ((InternalEObject)newTrainingAugmentation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION, null, msgs);
			msgs = basicSetTrainingAugmentation(newTrainingAugmentation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION, newTrainingAugmentation, newTrainingAugmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationVariant getTrainedBy() {
		if (trainedBy != null && trainedBy.eIsProxy()) {
			InternalEObject oldTrainedBy = (InternalEObject)trainedBy;
			trainedBy = (AugmentationVariant)eResolveProxy(oldTrainedBy);
			if (trainedBy != oldTrainedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegsensePackage.MODEL_VARIANT__TRAINED_BY, oldTrainedBy, trainedBy));
			}
		}
		return trainedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AugmentationVariant basicGetTrainedBy() {
		return trainedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainedBy(AugmentationVariant newTrainedBy) {
		AugmentationVariant oldTrainedBy = trainedBy;
		trainedBy = newTrainedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__TRAINED_BY, oldTrainedBy, trainedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTrainingSeed() {
		return trainingSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingSeed(long newTrainingSeed) {
		long oldTrainingSeed = trainingSeed;
		trainingSeed = newTrainingSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MODEL_VARIANT__TRAINING_SEED, oldTrainingSeed, trainingSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasSavedModel(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModelVariantConstraints.hasSavedModel(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validTiling(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModelVariantConstraints.validTiling(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueLabelValues(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModelVariantConstraints.uniqueLabelValues(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
				return basicSetSavedModel(null, msgs);
			case SegsensePackage.MODEL_VARIANT__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
				return basicSetTrainingAugmentation(null, msgs);
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
			case SegsensePackage.MODEL_VARIANT__NAME:
				return getName();
			case SegsensePackage.MODEL_VARIANT__DESCRIPTION:
				return getDescription();
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
				return getSavedModel();
			case SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY:
				return getSignatureKey();
			case SegsensePackage.MODEL_VARIANT__INPUT_TENSOR:
				return getInputTensor();
			case SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR:
				return getOutputTensor();
			case SegsensePackage.MODEL_VARIANT__TILE_SIZE:
				return getTileSize();
			case SegsensePackage.MODEL_VARIANT__TILE_OVERLAP:
				return getTileOverlap();
			case SegsensePackage.MODEL_VARIANT__NORMALIZATION:
				return getNormalization();
			case SegsensePackage.MODEL_VARIANT__LABELS:
				return getLabels();
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
				return getTrainingAugmentation();
			case SegsensePackage.MODEL_VARIANT__TRAINED_BY:
				if (resolve) return getTrainedBy();
				return basicGetTrainedBy();
			case SegsensePackage.MODEL_VARIANT__TRAINING_SEED:
				return getTrainingSeed();
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
			case SegsensePackage.MODEL_VARIANT__NAME:
				setName((String)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
				setSavedModel((FileReference)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY:
				setSignatureKey((String)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__INPUT_TENSOR:
				setInputTensor((String)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR:
				setOutputTensor((String)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__TILE_SIZE:
				getTileSize().clear();
				getTileSize().addAll((Collection<? extends Integer>)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__TILE_OVERLAP:
				getTileOverlap().clear();
				getTileOverlap().addAll((Collection<? extends Integer>)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__NORMALIZATION:
				setNormalization((NormalizationMethod)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends LabelDefinition>)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
				setTrainingAugmentation((AugmentationPipeline)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINED_BY:
				setTrainedBy((AugmentationVariant)newValue);
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINING_SEED:
				setTrainingSeed((Long)newValue);
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
			case SegsensePackage.MODEL_VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
				setSavedModel((FileReference)null);
				return;
			case SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY:
				setSignatureKey(SIGNATURE_KEY_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__INPUT_TENSOR:
				setInputTensor(INPUT_TENSOR_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR:
				setOutputTensor(OUTPUT_TENSOR_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__TILE_SIZE:
				getTileSize().clear();
				return;
			case SegsensePackage.MODEL_VARIANT__TILE_OVERLAP:
				getTileOverlap().clear();
				return;
			case SegsensePackage.MODEL_VARIANT__NORMALIZATION:
				setNormalization(NORMALIZATION_EDEFAULT);
				return;
			case SegsensePackage.MODEL_VARIANT__LABELS:
				getLabels().clear();
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
				setTrainingAugmentation((AugmentationPipeline)null);
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINED_BY:
				setTrainedBy((AugmentationVariant)null);
				return;
			case SegsensePackage.MODEL_VARIANT__TRAINING_SEED:
				setTrainingSeed(TRAINING_SEED_EDEFAULT);
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
			case SegsensePackage.MODEL_VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegsensePackage.MODEL_VARIANT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
				return savedModel != null;
			case SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY:
				return SIGNATURE_KEY_EDEFAULT == null ? signatureKey != null : !SIGNATURE_KEY_EDEFAULT.equals(signatureKey);
			case SegsensePackage.MODEL_VARIANT__INPUT_TENSOR:
				return INPUT_TENSOR_EDEFAULT == null ? inputTensor != null : !INPUT_TENSOR_EDEFAULT.equals(inputTensor);
			case SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR:
				return OUTPUT_TENSOR_EDEFAULT == null ? outputTensor != null : !OUTPUT_TENSOR_EDEFAULT.equals(outputTensor);
			case SegsensePackage.MODEL_VARIANT__TILE_SIZE:
				return tileSize != null && !tileSize.isEmpty();
			case SegsensePackage.MODEL_VARIANT__TILE_OVERLAP:
				return tileOverlap != null && !tileOverlap.isEmpty();
			case SegsensePackage.MODEL_VARIANT__NORMALIZATION:
				return normalization != NORMALIZATION_EDEFAULT;
			case SegsensePackage.MODEL_VARIANT__LABELS:
				return labels != null && !labels.isEmpty();
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
				return trainingAugmentation != null;
			case SegsensePackage.MODEL_VARIANT__TRAINED_BY:
				return trainedBy != null;
			case SegsensePackage.MODEL_VARIANT__TRAINING_SEED:
				return trainingSeed != TRAINING_SEED_EDEFAULT;
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
			case SegsensePackage.MODEL_VARIANT___HAS_SAVED_MODEL__DIAGNOSTICCHAIN_MAP:
				return hasSavedModel((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.MODEL_VARIANT___VALID_TILING__DIAGNOSTICCHAIN_MAP:
				return validTiling((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.MODEL_VARIANT___UNIQUE_LABEL_VALUES__DIAGNOSTICCHAIN_MAP:
				return uniqueLabelValues((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", signatureKey: ");
		result.append(signatureKey);
		result.append(", inputTensor: ");
		result.append(inputTensor);
		result.append(", outputTensor: ");
		result.append(outputTensor);
		result.append(", tileSize: ");
		result.append(tileSize);
		result.append(", tileOverlap: ");
		result.append(tileOverlap);
		result.append(", normalization: ");
		result.append(normalization);
		result.append(", trainingSeed: ");
		result.append(trainingSeed);
		result.append(')');
		return result.toString();
	}

} //ModelVariantImpl
