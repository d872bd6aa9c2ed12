/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.segsense.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SegsenseFactoryImpl extends EFactoryImpl implements SegsenseFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SegsenseFactory init() {
		try {
			SegsenseFactory theSegsenseFactory = (SegsenseFactory)EPackage.Registry.INSTANCE.getEFactory(SegsensePackage.eNS_URI);
			if (theSegsenseFactory != null) {
				return theSegsenseFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SegsenseFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegsenseFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SegsensePackage.STUDY: return createStudy();
			case SegsensePackage.CASE: return createCase();
			case SegsensePackage.FILE_REFERENCE: return createFileReference();
			case SegsensePackage.IMAGE_CHANNEL: return createImageChannel();
			case SegsensePackage.MODEL_VARIANT: return createModelVariant();
			case SegsensePackage.LABEL_DEFINITION: return createLabelDefinition();
			case SegsensePackage.AUGMENTATION_PIPELINE: return createAugmentationPipeline();
			case SegsensePackage.AUGMENTATION_STEP: return createAugmentationStep();
			case SegsensePackage.PARAMETER_RANGE: return createParameterRange();
			case SegsensePackage.PARAMETER_VALUE: return createParameterValue();
			case SegsensePackage.PERTURBATION_AXIS: return createPerturbationAxis();
			case SegsensePackage.EXPLICIT_SWEEP: return createExplicitSweep();
			case SegsensePackage.RANGE_SWEEP: return createRangeSweep();
			case SegsensePackage.ONE_AT_ATIME_DESIGN: return createOneAtATimeDesign();
			case SegsensePackage.FACTORIAL_DESIGN: return createFactorialDesign();
			case SegsensePackage.GROUND_TRUTH_REFERENCE: return createGroundTruthReference();
			case SegsensePackage.BINARY_STAPLE_REFERENCE: return createBinaryStapleReference();
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE: return createMultiLabelStapleReference();
			case SegsensePackage.MAJORITY_VOTE_REFERENCE: return createMajorityVoteReference();
			case SegsensePackage.METRIC_SPEC: return createMetricSpec();
			case SegsensePackage.EXECUTION_SETTINGS: return createExecutionSettings();
			case SegsensePackage.AUGMENTATION_STUDY: return createAugmentationStudy();
			case SegsensePackage.AUGMENTATION_VARIANT: return createAugmentationVariant();
			case SegsensePackage.TRAINING_SETTINGS: return createTrainingSettings();
			case SegsensePackage.RUN_RECORD: return createRunRecord();
			case SegsensePackage.ENVIRONMENT_ENTRY: return (EObject)createEnvironmentEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SegsensePackage.AGGREGATION_POLICY:
				return createAggregationPolicyFromString(eDataType, initialValue);
			case SegsensePackage.EVALUATION_SPACE:
				return createEvaluationSpaceFromString(eDataType, initialValue);
			case SegsensePackage.DEVICE:
				return createDeviceFromString(eDataType, initialValue);
			case SegsensePackage.SWEEP_SPACING:
				return createSweepSpacingFromString(eDataType, initialValue);
			case SegsensePackage.NORMALIZATION_METHOD:
				return createNormalizationMethodFromString(eDataType, initialValue);
			case SegsensePackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SegsensePackage.AGGREGATION_POLICY:
				return convertAggregationPolicyToString(eDataType, instanceValue);
			case SegsensePackage.EVALUATION_SPACE:
				return convertEvaluationSpaceToString(eDataType, instanceValue);
			case SegsensePackage.DEVICE:
				return convertDeviceToString(eDataType, instanceValue);
			case SegsensePackage.SWEEP_SPACING:
				return convertSweepSpacingToString(eDataType, instanceValue);
			case SegsensePackage.NORMALIZATION_METHOD:
				return convertNormalizationMethodToString(eDataType, instanceValue);
			case SegsensePackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileReference createFileReference() {
		FileReferenceImpl fileReference = new FileReferenceImpl();
		return fileReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageChannel createImageChannel() {
		ImageChannelImpl imageChannel = new ImageChannelImpl();
		return imageChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelVariant createModelVariant() {
		ModelVariantImpl modelVariant = new ModelVariantImpl();
		return modelVariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelDefinition createLabelDefinition() {
		LabelDefinitionImpl labelDefinition = new LabelDefinitionImpl();
		return labelDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationPipeline createAugmentationPipeline() {
		AugmentationPipelineImpl augmentationPipeline = new AugmentationPipelineImpl();
		return augmentationPipeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationStep createAugmentationStep() {
		AugmentationStepImpl augmentationStep = new AugmentationStepImpl();
		return augmentationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterRange createParameterRange() {
		ParameterRangeImpl parameterRange = new ParameterRangeImpl();
		return parameterRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParameterValue createParameterValue() {
		ParameterValueImpl parameterValue = new ParameterValueImpl();
		return parameterValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerturbationAxis createPerturbationAxis() {
		PerturbationAxisImpl perturbationAxis = new PerturbationAxisImpl();
		return perturbationAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplicitSweep createExplicitSweep() {
		ExplicitSweepImpl explicitSweep = new ExplicitSweepImpl();
		return explicitSweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RangeSweep createRangeSweep() {
		RangeSweepImpl rangeSweep = new RangeSweepImpl();
		return rangeSweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OneAtATimeDesign createOneAtATimeDesign() {
		OneAtATimeDesignImpl oneAtATimeDesign = new OneAtATimeDesignImpl();
		return oneAtATimeDesign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactorialDesign createFactorialDesign() {
		FactorialDesignImpl factorialDesign = new FactorialDesignImpl();
		return factorialDesign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroundTruthReference createGroundTruthReference() {
		GroundTruthReferenceImpl groundTruthReference = new GroundTruthReferenceImpl();
		return groundTruthReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BinaryStapleReference createBinaryStapleReference() {
		BinaryStapleReferenceImpl binaryStapleReference = new BinaryStapleReferenceImpl();
		return binaryStapleReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultiLabelStapleReference createMultiLabelStapleReference() {
		MultiLabelStapleReferenceImpl multiLabelStapleReference = new MultiLabelStapleReferenceImpl();
		return multiLabelStapleReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MajorityVoteReference createMajorityVoteReference() {
		MajorityVoteReferenceImpl majorityVoteReference = new MajorityVoteReferenceImpl();
		return majorityVoteReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricSpec createMetricSpec() {
		MetricSpecImpl metricSpec = new MetricSpecImpl();
		return metricSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionSettings createExecutionSettings() {
		ExecutionSettingsImpl executionSettings = new ExecutionSettingsImpl();
		return executionSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationStudy createAugmentationStudy() {
		AugmentationStudyImpl augmentationStudy = new AugmentationStudyImpl();
		return augmentationStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AugmentationVariant createAugmentationVariant() {
		AugmentationVariantImpl augmentationVariant = new AugmentationVariantImpl();
		return augmentationVariant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSettings createTrainingSettings() {
		TrainingSettingsImpl trainingSettings = new TrainingSettingsImpl();
		return trainingSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunRecord createRunRecord() {
		RunRecordImpl runRecord = new RunRecordImpl();
		return runRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Map.Entry<String, String> createEnvironmentEntry() {
		EnvironmentEntryImpl environmentEntry = new EnvironmentEntryImpl();
		return environmentEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AggregationPolicy createAggregationPolicyFromString(EDataType eDataType, String initialValue) {
		AggregationPolicy result = AggregationPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregationPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationSpace createEvaluationSpaceFromString(EDataType eDataType, String initialValue) {
		EvaluationSpace result = EvaluationSpace.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationSpaceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device createDeviceFromString(EDataType eDataType, String initialValue) {
		Device result = Device.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SweepSpacing createSweepSpacingFromString(EDataType eDataType, String initialValue) {
		SweepSpacing result = SweepSpacing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSweepSpacingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NormalizationMethod createNormalizationMethodFromString(EDataType eDataType, String initialValue) {
		NormalizationMethod result = NormalizationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNormalizationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegsensePackage getSegsensePackage() {
		return (SegsensePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SegsensePackage getPackage() {
		return SegsensePackage.eINSTANCE;
	}

} //SegsenseFactoryImpl
