/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.segsense.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.segsense.model.SegsensePackage
 * @generated
 */
public class SegsenseValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SegsenseValidator INSTANCE = new SegsenseValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.segsense.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Id' of 'Identified'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int IDENTIFIED__VALID_ID = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Cases' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__HAS_CASES = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Model Variants' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__HAS_MODEL_VARIANTS = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Metrics' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__HAS_METRICS = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Reference' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__HAS_REFERENCE = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Ids' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__UNIQUE_IDS = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Worst Value' of 'Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int STUDY__VALID_WORST_VALUE = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Channels' of 'Case'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CASE__HAS_CHANNELS = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Channel Names' of 'Case'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CASE__UNIQUE_CHANNEL_NAMES = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Path' of 'File Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int FILE_REFERENCE__VALID_PATH = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Checksum Format' of 'File Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int FILE_REFERENCE__CHECKSUM_FORMAT = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'File Exists' of 'File Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int FILE_REFERENCE__FILE_EXISTS = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Saved Model' of 'Model Variant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_VARIANT__HAS_SAVED_MODEL = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Tiling' of 'Model Variant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_VARIANT__VALID_TILING = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Label Values' of 'Model Variant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODEL_VARIANT__UNIQUE_LABEL_VALUES = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Colour' of 'Label Definition'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LABEL_DEFINITION__VALID_COLOUR = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Probability In Range' of 'Augmentation Step'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int AUGMENTATION_STEP__PROBABILITY_IN_RANGE = 17;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Known Perturbation' of 'Augmentation Step'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int AUGMENTATION_STEP__KNOWN_PERTURBATION = 18;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Ranges Within Bounds' of 'Augmentation Step'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int AUGMENTATION_STEP__RANGES_WITHIN_BOUNDS = 19;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Ordered Bounds' of 'Parameter Range'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PARAMETER_RANGE__ORDERED_BOUNDS = 20;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Name' of 'Parameter Value'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PARAMETER_VALUE__HAS_NAME = 21;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Sweep' of 'Perturbation Axis'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PERTURBATION_AXIS__HAS_SWEEP = 22;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Known Perturbation' of 'Perturbation Axis'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PERTURBATION_AXIS__KNOWN_PERTURBATION = 23;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Values In Range' of 'Perturbation Axis'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PERTURBATION_AXIS__VALUES_IN_RANGE = 24;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Not Empty' of 'Explicit Sweep'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EXPLICIT_SWEEP__NOT_EMPTY = 25;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Enough Steps' of 'Range Sweep'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RANGE_SWEEP__ENOUGH_STEPS = 26;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Log Needs Positive Bounds' of 'Range Sweep'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RANGE_SWEEP__LOG_NEEDS_POSITIVE_BOUNDS = 27;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Enough Axes' of 'Factorial Design'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int FACTORIAL_DESIGN__ENOUGH_AXES = 28;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Cases Have Labels' of 'Ground Truth Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int GROUND_TRUTH_REFERENCE__CASES_HAVE_LABELS = 29;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Enough Raters' of 'Consensus Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONSENSUS_REFERENCE__ENOUGH_RATERS = 30;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Truth For Every Case' of 'Consensus Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONSENSUS_REFERENCE__TRUTH_FOR_EVERY_CASE = 31;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Parameters' of 'Binary Staple Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BINARY_STAPLE_REFERENCE__VALID_PARAMETERS = 32;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Parameters' of 'Multi Label Staple Reference'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MULTI_LABEL_STAPLE_REFERENCE__VALID_PARAMETERS = 33;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Metric Type' of 'Metric Spec'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METRIC_SPEC__HAS_METRIC_TYPE = 34;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Threads' of 'Execution Settings'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EXECUTION_SETTINGS__VALID_THREADS = 35;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Image Backend' of 'Execution Settings'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int EXECUTION_SETTINGS__VALID_IMAGE_BACKEND = 36;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Variants' of 'Augmentation Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int AUGMENTATION_STUDY__HAS_VARIANTS = 37;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Variant Ids' of 'Augmentation Study'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int AUGMENTATION_STUDY__UNIQUE_VARIANT_IDS = 38;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Settings' of 'Training Settings'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRAINING_SETTINGS__VALID_SETTINGS = 39;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'End Not Before Start' of 'Run Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int RUN_RECORD__END_NOT_BEFORE_START = 40;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 40;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegsenseValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SegsensePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SegsensePackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case SegsensePackage.STUDY:
				return validateStudy((Study)value, diagnostics, context);
			case SegsensePackage.CASE:
				return validateCase((Case)value, diagnostics, context);
			case SegsensePackage.FILE_REFERENCE:
				return validateFileReference((FileReference)value, diagnostics, context);
			case SegsensePackage.IMAGE_CHANNEL:
				return validateImageChannel((ImageChannel)value, diagnostics, context);
			case SegsensePackage.MODEL_VARIANT:
				return validateModelVariant((ModelVariant)value, diagnostics, context);
			case SegsensePackage.LABEL_DEFINITION:
				return validateLabelDefinition((LabelDefinition)value, diagnostics, context);
			case SegsensePackage.AUGMENTATION_PIPELINE:
				return validateAugmentationPipeline((AugmentationPipeline)value, diagnostics, context);
			case SegsensePackage.AUGMENTATION_STEP:
				return validateAugmentationStep((AugmentationStep)value, diagnostics, context);
			case SegsensePackage.PARAMETER_RANGE:
				return validateParameterRange((ParameterRange)value, diagnostics, context);
			case SegsensePackage.PARAMETER_VALUE:
				return validateParameterValue((ParameterValue)value, diagnostics, context);
			case SegsensePackage.PERTURBATION_AXIS:
				return validatePerturbationAxis((PerturbationAxis)value, diagnostics, context);
			case SegsensePackage.SWEEP:
				return validateSweep((Sweep)value, diagnostics, context);
			case SegsensePackage.EXPLICIT_SWEEP:
				return validateExplicitSweep((ExplicitSweep)value, diagnostics, context);
			case SegsensePackage.RANGE_SWEEP:
				return validateRangeSweep((RangeSweep)value, diagnostics, context);
			case SegsensePackage.DESIGN:
				return validateDesign((Design)value, diagnostics, context);
			case SegsensePackage.ONE_AT_ATIME_DESIGN:
				return validateOneAtATimeDesign((OneAtATimeDesign)value, diagnostics, context);
			case SegsensePackage.FACTORIAL_DESIGN:
				return validateFactorialDesign((FactorialDesign)value, diagnostics, context);
			case SegsensePackage.REFERENCE_STRATEGY:
				return validateReferenceStrategy((ReferenceStrategy)value, diagnostics, context);
			case SegsensePackage.GROUND_TRUTH_REFERENCE:
				return validateGroundTruthReference((GroundTruthReference)value, diagnostics, context);
			case SegsensePackage.CONSENSUS_REFERENCE:
				return validateConsensusReference((ConsensusReference)value, diagnostics, context);
			case SegsensePackage.BINARY_STAPLE_REFERENCE:
				return validateBinaryStapleReference((BinaryStapleReference)value, diagnostics, context);
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE:
				return validateMultiLabelStapleReference((MultiLabelStapleReference)value, diagnostics, context);
			case SegsensePackage.MAJORITY_VOTE_REFERENCE:
				return validateMajorityVoteReference((MajorityVoteReference)value, diagnostics, context);
			case SegsensePackage.METRIC_SPEC:
				return validateMetricSpec((MetricSpec)value, diagnostics, context);
			case SegsensePackage.EXECUTION_SETTINGS:
				return validateExecutionSettings((ExecutionSettings)value, diagnostics, context);
			case SegsensePackage.AUGMENTATION_STUDY:
				return validateAugmentationStudy((AugmentationStudy)value, diagnostics, context);
			case SegsensePackage.AUGMENTATION_VARIANT:
				return validateAugmentationVariant((AugmentationVariant)value, diagnostics, context);
			case SegsensePackage.TRAINING_SETTINGS:
				return validateTrainingSettings((TrainingSettings)value, diagnostics, context);
			case SegsensePackage.RUN_RECORD:
				return validateRunRecord((RunRecord)value, diagnostics, context);
			case SegsensePackage.ENVIRONMENT_ENTRY:
				return validateEnvironmentEntry((Map.Entry<?, ?>)value, diagnostics, context);
			case SegsensePackage.AGGREGATION_POLICY:
				return validateAggregationPolicy((AggregationPolicy)value, diagnostics, context);
			case SegsensePackage.EVALUATION_SPACE:
				return validateEvaluationSpace((EvaluationSpace)value, diagnostics, context);
			case SegsensePackage.DEVICE:
				return validateDevice((Device)value, diagnostics, context);
			case SegsensePackage.SWEEP_SPACING:
				return validateSweepSpacing((SweepSpacing)value, diagnostics, context);
			case SegsensePackage.NORMALIZATION_METHOD:
				return validateNormalizationMethod((NormalizationMethod)value, diagnostics, context);
			case SegsensePackage.RUN_STATUS:
				return validateRunStatus((RunStatus)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(identified, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(identified, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validId constraint of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified_validId(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return identified.validId(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(study, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(study, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_hasCases(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_hasModelVariants(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_hasMetrics(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_hasReference(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_uniqueIds(study, diagnostics, context);
		if (result || diagnostics != null) result &= validateStudy_validWorstValue(study, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasCases constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_hasCases(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.hasCases(diagnostics, context);
	}

	/**
	 * Validates the hasModelVariants constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_hasModelVariants(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.hasModelVariants(diagnostics, context);
	}

	/**
	 * Validates the hasMetrics constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_hasMetrics(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.hasMetrics(diagnostics, context);
	}

	/**
	 * Validates the hasReference constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_hasReference(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.hasReference(diagnostics, context);
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_uniqueIds(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.uniqueIds(diagnostics, context);
	}

	/**
	 * Validates the validWorstValue constraint of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStudy_validWorstValue(Study study, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return study.validWorstValue(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCase(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(case_, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validateCase_hasChannels(case_, diagnostics, context);
		if (result || diagnostics != null) result &= validateCase_uniqueChannelNames(case_, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasChannels constraint of '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCase_hasChannels(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return case_.hasChannels(diagnostics, context);
	}

	/**
	 * Validates the uniqueChannelNames constraint of '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCase_uniqueChannelNames(Case case_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return case_.uniqueChannelNames(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFileReference(FileReference fileReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(fileReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_validPath(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_checksumFormat(fileReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_fileExists(fileReference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validPath constraint of '<em>File Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFileReference_validPath(FileReference fileReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return fileReference.validPath(diagnostics, context);
	}

	/**
	 * Validates the checksumFormat constraint of '<em>File Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFileReference_checksumFormat(FileReference fileReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return fileReference.checksumFormat(diagnostics, context);
	}

	/**
	 * Validates the fileExists constraint of '<em>File Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFileReference_fileExists(FileReference fileReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return fileReference.fileExists(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImageChannel(ImageChannel imageChannel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(imageChannel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_validPath(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_checksumFormat(imageChannel, diagnostics, context);
		if (result || diagnostics != null) result &= validateFileReference_fileExists(imageChannel, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelVariant(ModelVariant modelVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(modelVariant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelVariant_hasSavedModel(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelVariant_validTiling(modelVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelVariant_uniqueLabelValues(modelVariant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasSavedModel constraint of '<em>Model Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelVariant_hasSavedModel(ModelVariant modelVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelVariant.hasSavedModel(diagnostics, context);
	}

	/**
	 * Validates the validTiling constraint of '<em>Model Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelVariant_validTiling(ModelVariant modelVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelVariant.validTiling(diagnostics, context);
	}

	/**
	 * Validates the uniqueLabelValues constraint of '<em>Model Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelVariant_uniqueLabelValues(ModelVariant modelVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modelVariant.uniqueLabelValues(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelDefinition(LabelDefinition labelDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(labelDefinition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(labelDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validateLabelDefinition_validColour(labelDefinition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validColour constraint of '<em>Label Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLabelDefinition_validColour(LabelDefinition labelDefinition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return labelDefinition.validColour(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationPipeline(AugmentationPipeline augmentationPipeline, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(augmentationPipeline, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStep(AugmentationStep augmentationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(augmentationStep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validateAugmentationStep_probabilityInRange(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validateAugmentationStep_knownPerturbation(augmentationStep, diagnostics, context);
		if (result || diagnostics != null) result &= validateAugmentationStep_rangesWithinBounds(augmentationStep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the probabilityInRange constraint of '<em>Augmentation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStep_probabilityInRange(AugmentationStep augmentationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return augmentationStep.probabilityInRange(diagnostics, context);
	}

	/**
	 * Validates the knownPerturbation constraint of '<em>Augmentation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStep_knownPerturbation(AugmentationStep augmentationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return augmentationStep.knownPerturbation(diagnostics, context);
	}

	/**
	 * Validates the rangesWithinBounds constraint of '<em>Augmentation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStep_rangesWithinBounds(AugmentationStep augmentationStep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return augmentationStep.rangesWithinBounds(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterRange(ParameterRange parameterRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(parameterRange, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(parameterRange, diagnostics, context);
		if (result || diagnostics != null) result &= validateParameterRange_orderedBounds(parameterRange, diagnostics, context);
		return result;
	}

	/**
	 * Validates the orderedBounds constraint of '<em>Parameter Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterRange_orderedBounds(ParameterRange parameterRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return parameterRange.orderedBounds(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterValue(ParameterValue parameterValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(parameterValue, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(parameterValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateParameterValue_hasName(parameterValue, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Parameter Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateParameterValue_hasName(ParameterValue parameterValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return parameterValue.hasName(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerturbationAxis(PerturbationAxis perturbationAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(perturbationAxis, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerturbationAxis_hasSweep(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerturbationAxis_knownPerturbation(perturbationAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validatePerturbationAxis_valuesInRange(perturbationAxis, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasSweep constraint of '<em>Perturbation Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerturbationAxis_hasSweep(PerturbationAxis perturbationAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return perturbationAxis.hasSweep(diagnostics, context);
	}

	/**
	 * Validates the knownPerturbation constraint of '<em>Perturbation Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerturbationAxis_knownPerturbation(PerturbationAxis perturbationAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return perturbationAxis.knownPerturbation(diagnostics, context);
	}

	/**
	 * Validates the valuesInRange constraint of '<em>Perturbation Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePerturbationAxis_valuesInRange(PerturbationAxis perturbationAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return perturbationAxis.valuesInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSweep(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sweep, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExplicitSweep(ExplicitSweep explicitSweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(explicitSweep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(explicitSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateExplicitSweep_notEmpty(explicitSweep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the notEmpty constraint of '<em>Explicit Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExplicitSweep_notEmpty(ExplicitSweep explicitSweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return explicitSweep.notEmpty(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRangeSweep(RangeSweep rangeSweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(rangeSweep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateRangeSweep_enoughSteps(rangeSweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateRangeSweep_logNeedsPositiveBounds(rangeSweep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the enoughSteps constraint of '<em>Range Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRangeSweep_enoughSteps(RangeSweep rangeSweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return rangeSweep.enoughSteps(diagnostics, context);
	}

	/**
	 * Validates the logNeedsPositiveBounds constraint of '<em>Range Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRangeSweep_logNeedsPositiveBounds(RangeSweep rangeSweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return rangeSweep.logNeedsPositiveBounds(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDesign(Design design, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(design, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOneAtATimeDesign(OneAtATimeDesign oneAtATimeDesign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(oneAtATimeDesign, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFactorialDesign(FactorialDesign factorialDesign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(factorialDesign, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(factorialDesign, diagnostics, context);
		if (result || diagnostics != null) result &= validateFactorialDesign_enoughAxes(factorialDesign, diagnostics, context);
		return result;
	}

	/**
	 * Validates the enoughAxes constraint of '<em>Factorial Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFactorialDesign_enoughAxes(FactorialDesign factorialDesign, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return factorialDesign.enoughAxes(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReferenceStrategy(ReferenceStrategy referenceStrategy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(referenceStrategy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGroundTruthReference(GroundTruthReference groundTruthReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(groundTruthReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(groundTruthReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateGroundTruthReference_casesHaveLabels(groundTruthReference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the casesHaveLabels constraint of '<em>Ground Truth Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGroundTruthReference_casesHaveLabels(GroundTruthReference groundTruthReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return groundTruthReference.casesHaveLabels(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsensusReference(ConsensusReference consensusReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(consensusReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_enoughRaters(consensusReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_truthForEveryCase(consensusReference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the enoughRaters constraint of '<em>Consensus Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsensusReference_enoughRaters(ConsensusReference consensusReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return consensusReference.enoughRaters(diagnostics, context);
	}

	/**
	 * Validates the truthForEveryCase constraint of '<em>Consensus Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsensusReference_truthForEveryCase(ConsensusReference consensusReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return consensusReference.truthForEveryCase(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBinaryStapleReference(BinaryStapleReference binaryStapleReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(binaryStapleReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_enoughRaters(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_truthForEveryCase(binaryStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateBinaryStapleReference_validParameters(binaryStapleReference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Binary Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBinaryStapleReference_validParameters(BinaryStapleReference binaryStapleReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return binaryStapleReference.validParameters(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultiLabelStapleReference(MultiLabelStapleReference multiLabelStapleReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(multiLabelStapleReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_enoughRaters(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_truthForEveryCase(multiLabelStapleReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateMultiLabelStapleReference_validParameters(multiLabelStapleReference, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validParameters constraint of '<em>Multi Label Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultiLabelStapleReference_validParameters(MultiLabelStapleReference multiLabelStapleReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return multiLabelStapleReference.validParameters(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMajorityVoteReference(MajorityVoteReference majorityVoteReference, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(majorityVoteReference, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_enoughRaters(majorityVoteReference, diagnostics, context);
		if (result || diagnostics != null) result &= validateConsensusReference_truthForEveryCase(majorityVoteReference, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricSpec(MetricSpec metricSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(metricSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(metricSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetricSpec_hasMetricType(metricSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasMetricType constraint of '<em>Metric Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricSpec_hasMetricType(MetricSpec metricSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return metricSpec.hasMetricType(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExecutionSettings(ExecutionSettings executionSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(executionSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateExecutionSettings_validThreads(executionSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateExecutionSettings_validImageBackend(executionSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validThreads constraint of '<em>Execution Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExecutionSettings_validThreads(ExecutionSettings executionSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return executionSettings.validThreads(diagnostics, context);
	}

	/**
	 * Validates the validImageBackend constraint of '<em>Execution Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExecutionSettings_validImageBackend(ExecutionSettings executionSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return executionSettings.validImageBackend(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStudy(AugmentationStudy augmentationStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(augmentationStudy, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validateAugmentationStudy_hasVariants(augmentationStudy, diagnostics, context);
		if (result || diagnostics != null) result &= validateAugmentationStudy_uniqueVariantIds(augmentationStudy, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasVariants constraint of '<em>Augmentation Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStudy_hasVariants(AugmentationStudy augmentationStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return augmentationStudy.hasVariants(diagnostics, context);
	}

	/**
	 * Validates the uniqueVariantIds constraint of '<em>Augmentation Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationStudy_uniqueVariantIds(AugmentationStudy augmentationStudy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return augmentationStudy.uniqueVariantIds(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAugmentationVariant(AugmentationVariant augmentationVariant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(augmentationVariant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(augmentationVariant, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(augmentationVariant, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSettings(TrainingSettings trainingSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(trainingSettings, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(trainingSettings, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSettings_validSettings(trainingSettings, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validSettings constraint of '<em>Training Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSettings_validSettings(TrainingSettings trainingSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return trainingSettings.validSettings(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunRecord(RunRecord runRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(runRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_validId(runRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateRunRecord_endNotBeforeStart(runRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the endNotBeforeStart constraint of '<em>Run Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunRecord_endNotBeforeStart(RunRecord runRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return runRecord.endNotBeforeStart(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEnvironmentEntry(Map.Entry<?, ?> environmentEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint((EObject)environmentEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAggregationPolicy(AggregationPolicy aggregationPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluationSpace(EvaluationSpace evaluationSpace, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSweepSpacing(SweepSpacing sweepSpacing, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNormalizationMethod(NormalizationMethod normalizationMethod, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunStatus(RunStatus runStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //SegsenseValidator
