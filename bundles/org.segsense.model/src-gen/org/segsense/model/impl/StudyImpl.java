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

import org.segsense.model.AggregationPolicy;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.Case;
import org.segsense.model.Design;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.ReferenceStrategy;
import org.segsense.model.RunRecord;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;

import org.segsense.model.validation.AggregationConstraints;
import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getModelVariants <em>Model Variants</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getEvaluationSpace <em>Evaluation Space</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getWorstValue <em>Worst Value</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getAugmentationStudies <em>Augmentation Studies</em>}</li>
 *   <li>{@link org.segsense.model.impl.StudyImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends IdentifiedImpl implements Study {
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
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

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
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getModelVariants() <em>Model Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelVariant> modelVariants;

	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<PerturbationAxis> axes;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected Design design;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected ReferenceStrategy reference;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricSpec> metrics;

	/**
	 * The default value of the '{@link #getEvaluationSpace() <em>Evaluation Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationSpace()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationSpace EVALUATION_SPACE_EDEFAULT = EvaluationSpace.TRANSFORM_REFERENCE;

	/**
	 * The cached value of the '{@link #getEvaluationSpace() <em>Evaluation Space</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationSpace()
	 * @generated
	 * @ordered
	 */
	protected EvaluationSpace evaluationSpace = EVALUATION_SPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final AggregationPolicy AGGREGATION_EDEFAULT = AggregationPolicy.EXCLUDE;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected AggregationPolicy aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstValue() <em>Worst Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double WORST_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorstValue() <em>Worst Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstValue()
	 * @generated
	 * @ordered
	 */
	protected Double worstValue = WORST_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExecution() <em>Execution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecution()
	 * @generated
	 * @ordered
	 */
	protected ExecutionSettings execution;

	/**
	 * The cached value of the '{@link #getAugmentationStudies() <em>Augmentation Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAugmentationStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<AugmentationStudy> augmentationStudies;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<RunRecord> runs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, SegsensePackage.STUDY__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelVariant> getModelVariants() {
		if (modelVariants == null) {
			modelVariants = new EObjectContainmentEList<ModelVariant>(ModelVariant.class, this, SegsensePackage.STUDY__MODEL_VARIANTS);
		}
		return modelVariants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerturbationAxis> getAxes() {
		if (axes == null) {
			axes = new EObjectContainmentEList<PerturbationAxis>(PerturbationAxis.class, this, SegsensePackage.STUDY__AXES);
		}
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Design getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDesign(Design newDesign, NotificationChain msgs) {
		Design oldDesign = design;
		design = newDesign;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__DESIGN, oldDesign, newDesign);
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
	public void setDesign(Design newDesign) {
		if (newDesign != design) {
			NotificationChain msgs = null;
			if (design != null)
				msgs = ((InternalEObject)design).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__DESIGN, null, msgs);
			if (newDesign != null)
				msgs = ((InternalEObject)newDesign).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__DESIGN, null, msgs);
			msgs = basicSetDesign(newDesign, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__DESIGN, newDesign, newDesign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceStrategy getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReference(ReferenceStrategy newReference, NotificationChain msgs) {
		ReferenceStrategy oldReference = reference;
		reference = newReference;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__REFERENCE, oldReference, newReference);
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
	public void setReference(ReferenceStrategy newReference) {
		if (newReference != reference) {
			NotificationChain msgs = null;
			if (reference != null)
				msgs = ((InternalEObject)reference).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__REFERENCE, null, msgs);
			if (newReference != null)
				msgs = ((InternalEObject)newReference).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__REFERENCE, null, msgs);
			msgs = basicSetReference(newReference, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__REFERENCE, newReference, newReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricSpec> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<MetricSpec>(MetricSpec.class, this, SegsensePackage.STUDY__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationSpace getEvaluationSpace() {
		return evaluationSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationSpace(EvaluationSpace newEvaluationSpace) {
		EvaluationSpace oldEvaluationSpace = evaluationSpace;
		evaluationSpace = newEvaluationSpace == null ? EVALUATION_SPACE_EDEFAULT : newEvaluationSpace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__EVALUATION_SPACE, oldEvaluationSpace, evaluationSpace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AggregationPolicy getAggregation() {
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(AggregationPolicy newAggregation) {
		AggregationPolicy oldAggregation = aggregation;
		aggregation = newAggregation == null ? AGGREGATION_EDEFAULT : newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getWorstValue() {
		return worstValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstValue(Double newWorstValue) {
		Double oldWorstValue = worstValue;
		worstValue = newWorstValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__WORST_VALUE, oldWorstValue, worstValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionSettings getExecution() {
		return execution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExecution(ExecutionSettings newExecution, NotificationChain msgs) {
		ExecutionSettings oldExecution = execution;
		execution = newExecution;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__EXECUTION, oldExecution, newExecution);
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
	public void setExecution(ExecutionSettings newExecution) {
		if (newExecution != execution) {
			NotificationChain msgs = null;
			if (execution != null)
				msgs = ((InternalEObject)execution).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__EXECUTION, null, msgs);
			if (newExecution != null)
				msgs = ((InternalEObject)newExecution).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.STUDY__EXECUTION, null, msgs);
			msgs = basicSetExecution(newExecution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.STUDY__EXECUTION, newExecution, newExecution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AugmentationStudy> getAugmentationStudies() {
		if (augmentationStudies == null) {
			augmentationStudies = new EObjectContainmentEList<AugmentationStudy>(AugmentationStudy.class, this, SegsensePackage.STUDY__AUGMENTATION_STUDIES);
		}
		return augmentationStudies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RunRecord> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<RunRecord>(RunRecord.class, this, SegsensePackage.STUDY__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasCases(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasCases(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasModelVariants(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasModelVariants(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasMetrics(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasMetrics(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasReference(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasReference(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueIds(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.uniqueIds(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validWorstValue(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return AggregationConstraints.validWorstValue(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.STUDY__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case SegsensePackage.STUDY__MODEL_VARIANTS:
				return ((InternalEList<?>)getModelVariants()).basicRemove(otherEnd, msgs);
			case SegsensePackage.STUDY__AXES:
				return ((InternalEList<?>)getAxes()).basicRemove(otherEnd, msgs);
			case SegsensePackage.STUDY__DESIGN:
				return basicSetDesign(null, msgs);
			case SegsensePackage.STUDY__REFERENCE:
				return basicSetReference(null, msgs);
			case SegsensePackage.STUDY__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case SegsensePackage.STUDY__EXECUTION:
				return basicSetExecution(null, msgs);
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
				return ((InternalEList<?>)getAugmentationStudies()).basicRemove(otherEnd, msgs);
			case SegsensePackage.STUDY__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
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
			case SegsensePackage.STUDY__NAME:
				return getName();
			case SegsensePackage.STUDY__DESCRIPTION:
				return getDescription();
			case SegsensePackage.STUDY__SEED:
				return getSeed();
			case SegsensePackage.STUDY__CASES:
				return getCases();
			case SegsensePackage.STUDY__MODEL_VARIANTS:
				return getModelVariants();
			case SegsensePackage.STUDY__AXES:
				return getAxes();
			case SegsensePackage.STUDY__DESIGN:
				return getDesign();
			case SegsensePackage.STUDY__REFERENCE:
				return getReference();
			case SegsensePackage.STUDY__METRICS:
				return getMetrics();
			case SegsensePackage.STUDY__EVALUATION_SPACE:
				return getEvaluationSpace();
			case SegsensePackage.STUDY__AGGREGATION:
				return getAggregation();
			case SegsensePackage.STUDY__WORST_VALUE:
				return getWorstValue();
			case SegsensePackage.STUDY__EXECUTION:
				return getExecution();
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
				return getAugmentationStudies();
			case SegsensePackage.STUDY__RUNS:
				return getRuns();
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
			case SegsensePackage.STUDY__NAME:
				setName((String)newValue);
				return;
			case SegsensePackage.STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SegsensePackage.STUDY__SEED:
				setSeed((Long)newValue);
				return;
			case SegsensePackage.STUDY__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case SegsensePackage.STUDY__MODEL_VARIANTS:
				getModelVariants().clear();
				getModelVariants().addAll((Collection<? extends ModelVariant>)newValue);
				return;
			case SegsensePackage.STUDY__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends PerturbationAxis>)newValue);
				return;
			case SegsensePackage.STUDY__DESIGN:
				setDesign((Design)newValue);
				return;
			case SegsensePackage.STUDY__REFERENCE:
				setReference((ReferenceStrategy)newValue);
				return;
			case SegsensePackage.STUDY__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends MetricSpec>)newValue);
				return;
			case SegsensePackage.STUDY__EVALUATION_SPACE:
				setEvaluationSpace((EvaluationSpace)newValue);
				return;
			case SegsensePackage.STUDY__AGGREGATION:
				setAggregation((AggregationPolicy)newValue);
				return;
			case SegsensePackage.STUDY__WORST_VALUE:
				setWorstValue((Double)newValue);
				return;
			case SegsensePackage.STUDY__EXECUTION:
				setExecution((ExecutionSettings)newValue);
				return;
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
				getAugmentationStudies().clear();
				getAugmentationStudies().addAll((Collection<? extends AugmentationStudy>)newValue);
				return;
			case SegsensePackage.STUDY__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends RunRecord>)newValue);
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
			case SegsensePackage.STUDY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegsensePackage.STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SegsensePackage.STUDY__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case SegsensePackage.STUDY__CASES:
				getCases().clear();
				return;
			case SegsensePackage.STUDY__MODEL_VARIANTS:
				getModelVariants().clear();
				return;
			case SegsensePackage.STUDY__AXES:
				getAxes().clear();
				return;
			case SegsensePackage.STUDY__DESIGN:
				setDesign((Design)null);
				return;
			case SegsensePackage.STUDY__REFERENCE:
				setReference((ReferenceStrategy)null);
				return;
			case SegsensePackage.STUDY__METRICS:
				getMetrics().clear();
				return;
			case SegsensePackage.STUDY__EVALUATION_SPACE:
				setEvaluationSpace(EVALUATION_SPACE_EDEFAULT);
				return;
			case SegsensePackage.STUDY__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case SegsensePackage.STUDY__WORST_VALUE:
				setWorstValue(WORST_VALUE_EDEFAULT);
				return;
			case SegsensePackage.STUDY__EXECUTION:
				setExecution((ExecutionSettings)null);
				return;
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
				getAugmentationStudies().clear();
				return;
			case SegsensePackage.STUDY__RUNS:
				getRuns().clear();
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
			case SegsensePackage.STUDY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegsensePackage.STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SegsensePackage.STUDY__SEED:
				return seed != SEED_EDEFAULT;
			case SegsensePackage.STUDY__CASES:
				return cases != null && !cases.isEmpty();
			case SegsensePackage.STUDY__MODEL_VARIANTS:
				return modelVariants != null && !modelVariants.isEmpty();
			case SegsensePackage.STUDY__AXES:
				return axes != null && !axes.isEmpty();
			case SegsensePackage.STUDY__DESIGN:
				return design != null;
			case SegsensePackage.STUDY__REFERENCE:
				return reference != null;
			case SegsensePackage.STUDY__METRICS:
				return metrics != null && !metrics.isEmpty();
			case SegsensePackage.STUDY__EVALUATION_SPACE:
				return evaluationSpace != EVALUATION_SPACE_EDEFAULT;
			case SegsensePackage.STUDY__AGGREGATION:
				return aggregation != AGGREGATION_EDEFAULT;
			case SegsensePackage.STUDY__WORST_VALUE:
				return WORST_VALUE_EDEFAULT == null ? worstValue != null : !WORST_VALUE_EDEFAULT.equals(worstValue);
			case SegsensePackage.STUDY__EXECUTION:
				return execution != null;
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
				return augmentationStudies != null && !augmentationStudies.isEmpty();
			case SegsensePackage.STUDY__RUNS:
				return runs != null && !runs.isEmpty();
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
			case SegsensePackage.STUDY___HAS_CASES__DIAGNOSTICCHAIN_MAP:
				return hasCases((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.STUDY___HAS_MODEL_VARIANTS__DIAGNOSTICCHAIN_MAP:
				return hasModelVariants((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.STUDY___HAS_METRICS__DIAGNOSTICCHAIN_MAP:
				return hasMetrics((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.STUDY___HAS_REFERENCE__DIAGNOSTICCHAIN_MAP:
				return hasReference((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.STUDY___UNIQUE_IDS__DIAGNOSTICCHAIN_MAP:
				return uniqueIds((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.STUDY___VALID_WORST_VALUE__DIAGNOSTICCHAIN_MAP:
				return validWorstValue((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", seed: ");
		result.append(seed);
		result.append(", evaluationSpace: ");
		result.append(evaluationSpace);
		result.append(", aggregation: ");
		result.append(aggregation);
		result.append(", worstValue: ");
		result.append(worstValue);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
