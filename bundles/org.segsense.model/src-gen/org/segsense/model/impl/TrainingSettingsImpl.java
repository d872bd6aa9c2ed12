/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.segsense.model.SegsensePackage;
import org.segsense.model.TrainingSettings;

import org.segsense.model.validation.ModelVariantConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getPatchSize <em>Patch Size</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getIterations <em>Iterations</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getBaseFilters <em>Base Filters</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getDiceWeight <em>Dice Weight</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getForegroundFraction <em>Foreground Fraction</em>}</li>
 *   <li>{@link org.segsense.model.impl.TrainingSettingsImpl#getNormalization <em>Normalization</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSettingsImpl extends MinimalEObjectImpl.Container implements TrainingSettings {
	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIMIZER_EDEFAULT = "adam";

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected String optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected static final String LOSS_EDEFAULT = "crossentropy";

	/**
	 * The cached value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected String loss = LOSS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPatchSize() <em>Patch Size</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatchSize()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> patchSize;

	/**
	 * The default value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_FRACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected double validationFraction = VALIDATION_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIterations() <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int ITERATIONS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getIterations() <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIterations()
	 * @generated
	 * @ordered
	 */
	protected int iterations = ITERATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseFilters() <em>Base Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseFilters()
	 * @generated
	 * @ordered
	 */
	protected static final int BASE_FILTERS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getBaseFilters() <em>Base Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseFilters()
	 * @generated
	 * @ordered
	 */
	protected int baseFilters = BASE_FILTERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPTH_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected int depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiceWeight() <em>Dice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiceWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DICE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiceWeight() <em>Dice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiceWeight()
	 * @generated
	 * @ordered
	 */
	protected double diceWeight = DICE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getForegroundFraction() <em>Foreground Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double FOREGROUND_FRACTION_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getForegroundFraction() <em>Foreground Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundFraction()
	 * @generated
	 * @ordered
	 */
	protected double foregroundFraction = FOREGROUND_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalization() <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalization()
	 * @generated
	 * @ordered
	 */
	protected static final String NORMALIZATION_EDEFAULT = "zscore";

	/**
	 * The cached value of the '{@link #getNormalization() <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalization()
	 * @generated
	 * @ordered
	 */
	protected String normalization = NORMALIZATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.TRAINING_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(String newOptimizer) {
		String oldOptimizer = optimizer;
		optimizer = newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLoss() {
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoss(String newLoss) {
		String oldLoss = loss;
		loss = newLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getPatchSize() {
		if (patchSize == null) {
			patchSize = new EDataTypeEList<Integer>(Integer.class, this, SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE);
		}
		return patchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationFraction() {
		return validationFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationFraction(double newValidationFraction) {
		double oldValidationFraction = validationFraction;
		validationFraction = newValidationFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION, oldValidationFraction, validationFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIterations() {
		return iterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIterations(int newIterations) {
		int oldIterations = iterations;
		iterations = newIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__ITERATIONS, oldIterations, iterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaseFilters() {
		return baseFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseFilters(int newBaseFilters) {
		int oldBaseFilters = baseFilters;
		baseFilters = newBaseFilters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS, oldBaseFilters, baseFilters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(int newDepth) {
		int oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiceWeight() {
		return diceWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiceWeight(double newDiceWeight) {
		double oldDiceWeight = diceWeight;
		diceWeight = newDiceWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT, oldDiceWeight, diceWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getForegroundFraction() {
		return foregroundFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForegroundFraction(double newForegroundFraction) {
		double oldForegroundFraction = foregroundFraction;
		foregroundFraction = newForegroundFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION, oldForegroundFraction, foregroundFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNormalization() {
		return normalization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalization(String newNormalization) {
		String oldNormalization = normalization;
		normalization = newNormalization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.TRAINING_SETTINGS__NORMALIZATION, oldNormalization, normalization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validSettings(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModelVariantConstraints.validSettings(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.TRAINING_SETTINGS__EPOCHS:
				return getEpochs();
			case SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE:
				return getBatchSize();
			case SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE:
				return getLearningRate();
			case SegsensePackage.TRAINING_SETTINGS__OPTIMIZER:
				return getOptimizer();
			case SegsensePackage.TRAINING_SETTINGS__LOSS:
				return getLoss();
			case SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE:
				return getPatchSize();
			case SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				return getValidationFraction();
			case SegsensePackage.TRAINING_SETTINGS__ITERATIONS:
				return getIterations();
			case SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS:
				return getBaseFilters();
			case SegsensePackage.TRAINING_SETTINGS__DEPTH:
				return getDepth();
			case SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT:
				return getDiceWeight();
			case SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION:
				return getForegroundFraction();
			case SegsensePackage.TRAINING_SETTINGS__NORMALIZATION:
				return getNormalization();
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
			case SegsensePackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer((String)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__LOSS:
				setLoss((String)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE:
				getPatchSize().clear();
				getPatchSize().addAll((Collection<? extends Integer>)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				setValidationFraction((Double)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__ITERATIONS:
				setIterations((Integer)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS:
				setBaseFilters((Integer)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__DEPTH:
				setDepth((Integer)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT:
				setDiceWeight((Double)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION:
				setForegroundFraction((Double)newValue);
				return;
			case SegsensePackage.TRAINING_SETTINGS__NORMALIZATION:
				setNormalization((String)newValue);
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
			case SegsensePackage.TRAINING_SETTINGS__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__LOSS:
				setLoss(LOSS_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE:
				getPatchSize().clear();
				return;
			case SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				setValidationFraction(VALIDATION_FRACTION_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__ITERATIONS:
				setIterations(ITERATIONS_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS:
				setBaseFilters(BASE_FILTERS_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT:
				setDiceWeight(DICE_WEIGHT_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION:
				setForegroundFraction(FOREGROUND_FRACTION_EDEFAULT);
				return;
			case SegsensePackage.TRAINING_SETTINGS__NORMALIZATION:
				setNormalization(NORMALIZATION_EDEFAULT);
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
			case SegsensePackage.TRAINING_SETTINGS__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__OPTIMIZER:
				return OPTIMIZER_EDEFAULT == null ? optimizer != null : !OPTIMIZER_EDEFAULT.equals(optimizer);
			case SegsensePackage.TRAINING_SETTINGS__LOSS:
				return LOSS_EDEFAULT == null ? loss != null : !LOSS_EDEFAULT.equals(loss);
			case SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE:
				return patchSize != null && !patchSize.isEmpty();
			case SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
				return validationFraction != VALIDATION_FRACTION_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__ITERATIONS:
				return iterations != ITERATIONS_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS:
				return baseFilters != BASE_FILTERS_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT:
				return diceWeight != DICE_WEIGHT_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION:
				return foregroundFraction != FOREGROUND_FRACTION_EDEFAULT;
			case SegsensePackage.TRAINING_SETTINGS__NORMALIZATION:
				return NORMALIZATION_EDEFAULT == null ? normalization != null : !NORMALIZATION_EDEFAULT.equals(normalization);
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
			case SegsensePackage.TRAINING_SETTINGS___VALID_SETTINGS__DIAGNOSTICCHAIN_MAP:
				return validSettings((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", loss: ");
		result.append(loss);
		result.append(", patchSize: ");
		result.append(patchSize);
		result.append(", validationFraction: ");
		result.append(validationFraction);
		result.append(", iterations: ");
		result.append(iterations);
		result.append(", baseFilters: ");
		result.append(baseFilters);
		result.append(", depth: ");
		result.append(depth);
		result.append(", diceWeight: ");
		result.append(diceWeight);
		result.append(", foregroundFraction: ");
		result.append(foregroundFraction);
		result.append(", normalization: ");
		result.append(normalization);
		result.append(')');
		return result.toString();
	}

} //TrainingSettingsImpl
