/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.segsense.model.AggregationPolicy;
import org.segsense.model.AugmentationPipeline;
import org.segsense.model.AugmentationStep;
import org.segsense.model.AugmentationStudy;
import org.segsense.model.AugmentationVariant;
import org.segsense.model.BinaryStapleReference;
import org.segsense.model.Case;
import org.segsense.model.ConsensusReference;
import org.segsense.model.Design;
import org.segsense.model.Device;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.FactorialDesign;
import org.segsense.model.FileReference;
import org.segsense.model.GroundTruthReference;
import org.segsense.model.Identified;
import org.segsense.model.ImageChannel;
import org.segsense.model.LabelDefinition;
import org.segsense.model.MajorityVoteReference;
import org.segsense.model.MetricSpec;
import org.segsense.model.ModelVariant;
import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.NormalizationMethod;
import org.segsense.model.OneAtATimeDesign;
import org.segsense.model.ParameterRange;
import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.ReferenceStrategy;
import org.segsense.model.RunRecord;
import org.segsense.model.RunStatus;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.Sweep;
import org.segsense.model.SweepSpacing;
import org.segsense.model.TrainingSettings;

import org.segsense.model.util.SegsenseValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SegsensePackageImpl extends EPackageImpl implements SegsensePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageChannelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelVariantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass augmentationPipelineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass augmentationStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass perturbationAxisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explicitSweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rangeSweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass designEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass oneAtATimeDesignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factorialDesignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groundTruthReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consensusReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass binaryStapleReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass multiLabelStapleReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass majorityVoteReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass executionSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass augmentationStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass augmentationVariantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aggregationPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationSpaceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sweepSpacingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum normalizationMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.segsense.model.SegsensePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SegsensePackageImpl() {
		super(eNS_URI, SegsenseFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SegsensePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SegsensePackage init() {
		if (isInited) return (SegsensePackage)EPackage.Registry.INSTANCE.getEPackage(SegsensePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSegsensePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SegsensePackageImpl theSegsensePackage = registeredSegsensePackage instanceof SegsensePackageImpl ? (SegsensePackageImpl)registeredSegsensePackage : new SegsensePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSegsensePackage.createPackageContents();

		// Initialize created meta-data
		theSegsensePackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSegsensePackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return SegsenseValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSegsensePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SegsensePackage.eNS_URI, theSegsensePackage);
		return theSegsensePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIdentified__ValidId__DiagnosticChain_Map() {
		return identifiedEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Name() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Description() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Seed() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Cases() {
		return (EReference)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_ModelVariants() {
		return (EReference)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Axes() {
		return (EReference)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Design() {
		return (EReference)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Reference() {
		return (EReference)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Metrics() {
		return (EReference)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_EvaluationSpace() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Aggregation() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_WorstValue() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Execution() {
		return (EReference)studyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_AugmentationStudies() {
		return (EReference)studyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Runs() {
		return (EReference)studyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__HasCases__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__HasModelVariants__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__HasMetrics__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__HasReference__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__UniqueIds__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getStudy__ValidWorstValue__DiagnosticChain_Map() {
		return studyEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCase() {
		return caseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Description() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Channels() {
		return (EReference)caseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_LabelImage() {
		return (EReference)caseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_RoiMask() {
		return (EReference)caseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCase__HasChannels__DiagnosticChain_Map() {
		return caseEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCase__UniqueChannelNames__DiagnosticChain_Map() {
		return caseEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileReference() {
		return fileReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileReference_Path() {
		return (EAttribute)fileReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileReference_Checksum() {
		return (EAttribute)fileReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFileReference__ValidPath__DiagnosticChain_Map() {
		return fileReferenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFileReference__ChecksumFormat__DiagnosticChain_Map() {
		return fileReferenceEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFileReference__FileExists__DiagnosticChain_Map() {
		return fileReferenceEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImageChannel() {
		return imageChannelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImageChannel_Name() {
		return (EAttribute)imageChannelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelVariant() {
		return modelVariantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_Name() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_Description() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelVariant_SavedModel() {
		return (EReference)modelVariantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_SignatureKey() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_InputTensor() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_OutputTensor() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_TileSize() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_TileOverlap() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_Normalization() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelVariant_Labels() {
		return (EReference)modelVariantEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelVariant_TrainingAugmentation() {
		return (EReference)modelVariantEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelVariant_TrainedBy() {
		return (EReference)modelVariantEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelVariant_TrainingSeed() {
		return (EAttribute)modelVariantEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelVariant__HasSavedModel__DiagnosticChain_Map() {
		return modelVariantEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelVariant__ValidTiling__DiagnosticChain_Map() {
		return modelVariantEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModelVariant__UniqueLabelValues__DiagnosticChain_Map() {
		return modelVariantEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelDefinition() {
		return labelDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelDefinition_Value() {
		return (EAttribute)labelDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelDefinition_Name() {
		return (EAttribute)labelDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelDefinition_Colour() {
		return (EAttribute)labelDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLabelDefinition__ValidColour__DiagnosticChain_Map() {
		return labelDefinitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAugmentationPipeline() {
		return augmentationPipelineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationPipeline_BuiltIn() {
		return (EAttribute)augmentationPipelineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationPipeline_Steps() {
		return (EReference)augmentationPipelineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAugmentationStep() {
		return augmentationStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationStep_PerturbationType() {
		return (EAttribute)augmentationStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationStep_Probability() {
		return (EAttribute)augmentationStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationStep_Ranges() {
		return (EReference)augmentationStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAugmentationStep__ProbabilityInRange__DiagnosticChain_Map() {
		return augmentationStepEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAugmentationStep__KnownPerturbation__DiagnosticChain_Map() {
		return augmentationStepEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAugmentationStep__RangesWithinBounds__DiagnosticChain_Map() {
		return augmentationStepEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterRange() {
		return parameterRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterRange_Name() {
		return (EAttribute)parameterRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterRange_Minimum() {
		return (EAttribute)parameterRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterRange_Maximum() {
		return (EAttribute)parameterRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getParameterRange__OrderedBounds__DiagnosticChain_Map() {
		return parameterRangeEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameterValue() {
		return parameterValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterValue_Name() {
		return (EAttribute)parameterValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameterValue_Value() {
		return (EAttribute)parameterValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getParameterValue__HasName__DiagnosticChain_Map() {
		return parameterValueEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerturbationAxis() {
		return perturbationAxisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerturbationAxis_Name() {
		return (EAttribute)perturbationAxisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerturbationAxis_PerturbationType() {
		return (EAttribute)perturbationAxisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerturbationAxis_FixedParameters() {
		return (EReference)perturbationAxisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerturbationAxis_SweptParameter() {
		return (EAttribute)perturbationAxisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerturbationAxis_Sweep() {
		return (EReference)perturbationAxisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerturbationAxis_Unit() {
		return (EAttribute)perturbationAxisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerturbationAxis__HasSweep__DiagnosticChain_Map() {
		return perturbationAxisEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerturbationAxis__KnownPerturbation__DiagnosticChain_Map() {
		return perturbationAxisEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerturbationAxis__ValuesInRange__DiagnosticChain_Map() {
		return perturbationAxisEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweep() {
		return sweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplicitSweep() {
		return explicitSweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplicitSweep_Values() {
		return (EAttribute)explicitSweepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getExplicitSweep__NotEmpty__DiagnosticChain_Map() {
		return explicitSweepEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRangeSweep() {
		return rangeSweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeSweep_Start() {
		return (EAttribute)rangeSweepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeSweep_Stop() {
		return (EAttribute)rangeSweepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeSweep_Steps() {
		return (EAttribute)rangeSweepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRangeSweep_Spacing() {
		return (EAttribute)rangeSweepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRangeSweep__EnoughSteps__DiagnosticChain_Map() {
		return rangeSweepEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRangeSweep__LogNeedsPositiveBounds__DiagnosticChain_Map() {
		return rangeSweepEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDesign() {
		return designEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDesign_Axes() {
		return (EReference)designEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOneAtATimeDesign() {
		return oneAtATimeDesignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFactorialDesign() {
		return factorialDesignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getFactorialDesign__EnoughAxes__DiagnosticChain_Map() {
		return factorialDesignEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReferenceStrategy() {
		return referenceStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroundTruthReference() {
		return groundTruthReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGroundTruthReference__CasesHaveLabels__DiagnosticChain_Map() {
		return groundTruthReferenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsensusReference() {
		return consensusReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsensusReference_Raters() {
		return (EReference)consensusReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusReference_ScoreAgainstTruth() {
		return (EAttribute)consensusReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConsensusReference__EnoughRaters__DiagnosticChain_Map() {
		return consensusReferenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConsensusReference__TruthForEveryCase__DiagnosticChain_Map() {
		return consensusReferenceEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBinaryStapleReference() {
		return binaryStapleReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBinaryStapleReference_ConfidenceWeight() {
		return (EAttribute)binaryStapleReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBinaryStapleReference_ForegroundValue() {
		return (EAttribute)binaryStapleReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBinaryStapleReference_MaxIterations() {
		return (EAttribute)binaryStapleReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBinaryStapleReference__ValidParameters__DiagnosticChain_Map() {
		return binaryStapleReferenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMultiLabelStapleReference() {
		return multiLabelStapleReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultiLabelStapleReference_UndecidedLabel() {
		return (EAttribute)multiLabelStapleReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultiLabelStapleReference_TerminationThreshold() {
		return (EAttribute)multiLabelStapleReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultiLabelStapleReference_MaxIterations() {
		return (EAttribute)multiLabelStapleReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMultiLabelStapleReference__ValidParameters__DiagnosticChain_Map() {
		return multiLabelStapleReferenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMajorityVoteReference() {
		return majorityVoteReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMajorityVoteReference_UndecidedLabel() {
		return (EAttribute)majorityVoteReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetricSpec() {
		return metricSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricSpec_MetricType() {
		return (EAttribute)metricSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMetricSpec_Parameters() {
		return (EReference)metricSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricSpec_Labels() {
		return (EAttribute)metricSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetricSpec__HasMetricType__DiagnosticChain_Map() {
		return metricSpecEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExecutionSettings() {
		return executionSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_Threads() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_Device() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_InferenceThreads() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_CpuThreads() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_Shards() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExecutionSettings_ImageBackend() {
		return (EAttribute)executionSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getExecutionSettings__ValidThreads__DiagnosticChain_Map() {
		return executionSettingsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getExecutionSettings__ValidImageBackend__DiagnosticChain_Map() {
		return executionSettingsEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAugmentationStudy() {
		return augmentationStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationStudy_Name() {
		return (EAttribute)augmentationStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationStudy_Description() {
		return (EAttribute)augmentationStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationStudy_Variants() {
		return (EReference)augmentationStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationStudy_Seeds() {
		return (EAttribute)augmentationStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAugmentationStudy__HasVariants__DiagnosticChain_Map() {
		return augmentationStudyEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAugmentationStudy__UniqueVariantIds__DiagnosticChain_Map() {
		return augmentationStudyEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAugmentationVariant() {
		return augmentationVariantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationVariant_Name() {
		return (EAttribute)augmentationVariantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationVariant_Architecture() {
		return (EAttribute)augmentationVariantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationVariant_Training() {
		return (EReference)augmentationVariantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationVariant_Augmentation() {
		return (EReference)augmentationVariantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentationVariant_Seed() {
		return (EAttribute)augmentationVariantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAugmentationVariant_TrainingCases() {
		return (EReference)augmentationVariantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSettings() {
		return trainingSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Epochs() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_BatchSize() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_LearningRate() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Optimizer() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Loss() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_PatchSize() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_ValidationFraction() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Iterations() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_BaseFilters() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Depth() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_DiceWeight() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_ForegroundFraction() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSettings_Normalization() {
		return (EAttribute)trainingSettingsEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTrainingSettings__ValidSettings__DiagnosticChain_Map() {
		return trainingSettingsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunRecord() {
		return runRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Start() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_End() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Status() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Seed() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRunRecord_Environment() {
		return (EReference)runRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_ResultsLocation() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Message() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getRunRecord__EndNotBeforeStart__DiagnosticChain_Map() {
		return runRecordEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironmentEntry() {
		return environmentEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentEntry_Key() {
		return (EAttribute)environmentEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentEntry_Value() {
		return (EAttribute)environmentEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAggregationPolicy() {
		return aggregationPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationSpace() {
		return evaluationSpaceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDevice() {
		return deviceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSweepSpacing() {
		return sweepSpacingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNormalizationMethod() {
		return normalizationMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegsenseFactory getSegsenseFactory() {
		return (SegsenseFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEOperation(identifiedEClass, IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__NAME);
		createEAttribute(studyEClass, STUDY__DESCRIPTION);
		createEAttribute(studyEClass, STUDY__SEED);
		createEReference(studyEClass, STUDY__CASES);
		createEReference(studyEClass, STUDY__MODEL_VARIANTS);
		createEReference(studyEClass, STUDY__AXES);
		createEReference(studyEClass, STUDY__DESIGN);
		createEReference(studyEClass, STUDY__REFERENCE);
		createEReference(studyEClass, STUDY__METRICS);
		createEAttribute(studyEClass, STUDY__EVALUATION_SPACE);
		createEAttribute(studyEClass, STUDY__AGGREGATION);
		createEAttribute(studyEClass, STUDY__WORST_VALUE);
		createEReference(studyEClass, STUDY__EXECUTION);
		createEReference(studyEClass, STUDY__AUGMENTATION_STUDIES);
		createEReference(studyEClass, STUDY__RUNS);
		createEOperation(studyEClass, STUDY___HAS_CASES__DIAGNOSTICCHAIN_MAP);
		createEOperation(studyEClass, STUDY___HAS_MODEL_VARIANTS__DIAGNOSTICCHAIN_MAP);
		createEOperation(studyEClass, STUDY___HAS_METRICS__DIAGNOSTICCHAIN_MAP);
		createEOperation(studyEClass, STUDY___HAS_REFERENCE__DIAGNOSTICCHAIN_MAP);
		createEOperation(studyEClass, STUDY___UNIQUE_IDS__DIAGNOSTICCHAIN_MAP);
		createEOperation(studyEClass, STUDY___VALID_WORST_VALUE__DIAGNOSTICCHAIN_MAP);

		caseEClass = createEClass(CASE);
		createEAttribute(caseEClass, CASE__DESCRIPTION);
		createEReference(caseEClass, CASE__CHANNELS);
		createEReference(caseEClass, CASE__LABEL_IMAGE);
		createEReference(caseEClass, CASE__ROI_MASK);
		createEOperation(caseEClass, CASE___HAS_CHANNELS__DIAGNOSTICCHAIN_MAP);
		createEOperation(caseEClass, CASE___UNIQUE_CHANNEL_NAMES__DIAGNOSTICCHAIN_MAP);

		fileReferenceEClass = createEClass(FILE_REFERENCE);
		createEAttribute(fileReferenceEClass, FILE_REFERENCE__PATH);
		createEAttribute(fileReferenceEClass, FILE_REFERENCE__CHECKSUM);
		createEOperation(fileReferenceEClass, FILE_REFERENCE___VALID_PATH__DIAGNOSTICCHAIN_MAP);
		createEOperation(fileReferenceEClass, FILE_REFERENCE___CHECKSUM_FORMAT__DIAGNOSTICCHAIN_MAP);
		createEOperation(fileReferenceEClass, FILE_REFERENCE___FILE_EXISTS__DIAGNOSTICCHAIN_MAP);

		imageChannelEClass = createEClass(IMAGE_CHANNEL);
		createEAttribute(imageChannelEClass, IMAGE_CHANNEL__NAME);

		modelVariantEClass = createEClass(MODEL_VARIANT);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__NAME);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__DESCRIPTION);
		createEReference(modelVariantEClass, MODEL_VARIANT__SAVED_MODEL);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__SIGNATURE_KEY);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__INPUT_TENSOR);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__OUTPUT_TENSOR);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__TILE_SIZE);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__TILE_OVERLAP);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__NORMALIZATION);
		createEReference(modelVariantEClass, MODEL_VARIANT__LABELS);
		createEReference(modelVariantEClass, MODEL_VARIANT__TRAINING_AUGMENTATION);
		createEReference(modelVariantEClass, MODEL_VARIANT__TRAINED_BY);
		createEAttribute(modelVariantEClass, MODEL_VARIANT__TRAINING_SEED);
		createEOperation(modelVariantEClass, MODEL_VARIANT___HAS_SAVED_MODEL__DIAGNOSTICCHAIN_MAP);
		createEOperation(modelVariantEClass, MODEL_VARIANT___VALID_TILING__DIAGNOSTICCHAIN_MAP);
		createEOperation(modelVariantEClass, MODEL_VARIANT___UNIQUE_LABEL_VALUES__DIAGNOSTICCHAIN_MAP);

		labelDefinitionEClass = createEClass(LABEL_DEFINITION);
		createEAttribute(labelDefinitionEClass, LABEL_DEFINITION__VALUE);
		createEAttribute(labelDefinitionEClass, LABEL_DEFINITION__NAME);
		createEAttribute(labelDefinitionEClass, LABEL_DEFINITION__COLOUR);
		createEOperation(labelDefinitionEClass, LABEL_DEFINITION___VALID_COLOUR__DIAGNOSTICCHAIN_MAP);

		augmentationPipelineEClass = createEClass(AUGMENTATION_PIPELINE);
		createEAttribute(augmentationPipelineEClass, AUGMENTATION_PIPELINE__BUILT_IN);
		createEReference(augmentationPipelineEClass, AUGMENTATION_PIPELINE__STEPS);

		augmentationStepEClass = createEClass(AUGMENTATION_STEP);
		createEAttribute(augmentationStepEClass, AUGMENTATION_STEP__PERTURBATION_TYPE);
		createEAttribute(augmentationStepEClass, AUGMENTATION_STEP__PROBABILITY);
		createEReference(augmentationStepEClass, AUGMENTATION_STEP__RANGES);
		createEOperation(augmentationStepEClass, AUGMENTATION_STEP___PROBABILITY_IN_RANGE__DIAGNOSTICCHAIN_MAP);
		createEOperation(augmentationStepEClass, AUGMENTATION_STEP___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP);
		createEOperation(augmentationStepEClass, AUGMENTATION_STEP___RANGES_WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP);

		parameterRangeEClass = createEClass(PARAMETER_RANGE);
		createEAttribute(parameterRangeEClass, PARAMETER_RANGE__NAME);
		createEAttribute(parameterRangeEClass, PARAMETER_RANGE__MINIMUM);
		createEAttribute(parameterRangeEClass, PARAMETER_RANGE__MAXIMUM);
		createEOperation(parameterRangeEClass, PARAMETER_RANGE___ORDERED_BOUNDS__DIAGNOSTICCHAIN_MAP);

		parameterValueEClass = createEClass(PARAMETER_VALUE);
		createEAttribute(parameterValueEClass, PARAMETER_VALUE__NAME);
		createEAttribute(parameterValueEClass, PARAMETER_VALUE__VALUE);
		createEOperation(parameterValueEClass, PARAMETER_VALUE___HAS_NAME__DIAGNOSTICCHAIN_MAP);

		perturbationAxisEClass = createEClass(PERTURBATION_AXIS);
		createEAttribute(perturbationAxisEClass, PERTURBATION_AXIS__NAME);
		createEAttribute(perturbationAxisEClass, PERTURBATION_AXIS__PERTURBATION_TYPE);
		createEReference(perturbationAxisEClass, PERTURBATION_AXIS__FIXED_PARAMETERS);
		createEAttribute(perturbationAxisEClass, PERTURBATION_AXIS__SWEPT_PARAMETER);
		createEReference(perturbationAxisEClass, PERTURBATION_AXIS__SWEEP);
		createEAttribute(perturbationAxisEClass, PERTURBATION_AXIS__UNIT);
		createEOperation(perturbationAxisEClass, PERTURBATION_AXIS___HAS_SWEEP__DIAGNOSTICCHAIN_MAP);
		createEOperation(perturbationAxisEClass, PERTURBATION_AXIS___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP);
		createEOperation(perturbationAxisEClass, PERTURBATION_AXIS___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP);

		sweepEClass = createEClass(SWEEP);

		explicitSweepEClass = createEClass(EXPLICIT_SWEEP);
		createEAttribute(explicitSweepEClass, EXPLICIT_SWEEP__VALUES);
		createEOperation(explicitSweepEClass, EXPLICIT_SWEEP___NOT_EMPTY__DIAGNOSTICCHAIN_MAP);

		rangeSweepEClass = createEClass(RANGE_SWEEP);
		createEAttribute(rangeSweepEClass, RANGE_SWEEP__START);
		createEAttribute(rangeSweepEClass, RANGE_SWEEP__STOP);
		createEAttribute(rangeSweepEClass, RANGE_SWEEP__STEPS);
		createEAttribute(rangeSweepEClass, RANGE_SWEEP__SPACING);
		createEOperation(rangeSweepEClass, RANGE_SWEEP___ENOUGH_STEPS__DIAGNOSTICCHAIN_MAP);
		createEOperation(rangeSweepEClass, RANGE_SWEEP___LOG_NEEDS_POSITIVE_BOUNDS__DIAGNOSTICCHAIN_MAP);

		designEClass = createEClass(DESIGN);
		createEReference(designEClass, DESIGN__AXES);

		oneAtATimeDesignEClass = createEClass(ONE_AT_ATIME_DESIGN);

		factorialDesignEClass = createEClass(FACTORIAL_DESIGN);
		createEOperation(factorialDesignEClass, FACTORIAL_DESIGN___ENOUGH_AXES__DIAGNOSTICCHAIN_MAP);

		referenceStrategyEClass = createEClass(REFERENCE_STRATEGY);

		groundTruthReferenceEClass = createEClass(GROUND_TRUTH_REFERENCE);
		createEOperation(groundTruthReferenceEClass, GROUND_TRUTH_REFERENCE___CASES_HAVE_LABELS__DIAGNOSTICCHAIN_MAP);

		consensusReferenceEClass = createEClass(CONSENSUS_REFERENCE);
		createEReference(consensusReferenceEClass, CONSENSUS_REFERENCE__RATERS);
		createEAttribute(consensusReferenceEClass, CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH);
		createEOperation(consensusReferenceEClass, CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP);
		createEOperation(consensusReferenceEClass, CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP);

		binaryStapleReferenceEClass = createEClass(BINARY_STAPLE_REFERENCE);
		createEAttribute(binaryStapleReferenceEClass, BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT);
		createEAttribute(binaryStapleReferenceEClass, BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE);
		createEAttribute(binaryStapleReferenceEClass, BINARY_STAPLE_REFERENCE__MAX_ITERATIONS);
		createEOperation(binaryStapleReferenceEClass, BINARY_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP);

		multiLabelStapleReferenceEClass = createEClass(MULTI_LABEL_STAPLE_REFERENCE);
		createEAttribute(multiLabelStapleReferenceEClass, MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL);
		createEAttribute(multiLabelStapleReferenceEClass, MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD);
		createEAttribute(multiLabelStapleReferenceEClass, MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS);
		createEOperation(multiLabelStapleReferenceEClass, MULTI_LABEL_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP);

		majorityVoteReferenceEClass = createEClass(MAJORITY_VOTE_REFERENCE);
		createEAttribute(majorityVoteReferenceEClass, MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL);

		metricSpecEClass = createEClass(METRIC_SPEC);
		createEAttribute(metricSpecEClass, METRIC_SPEC__METRIC_TYPE);
		createEReference(metricSpecEClass, METRIC_SPEC__PARAMETERS);
		createEAttribute(metricSpecEClass, METRIC_SPEC__LABELS);
		createEOperation(metricSpecEClass, METRIC_SPEC___HAS_METRIC_TYPE__DIAGNOSTICCHAIN_MAP);

		executionSettingsEClass = createEClass(EXECUTION_SETTINGS);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__THREADS);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__DEVICE);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__INFERENCE_THREADS);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__CPU_THREADS);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__SHARDS);
		createEAttribute(executionSettingsEClass, EXECUTION_SETTINGS__IMAGE_BACKEND);
		createEOperation(executionSettingsEClass, EXECUTION_SETTINGS___VALID_THREADS__DIAGNOSTICCHAIN_MAP);
		createEOperation(executionSettingsEClass, EXECUTION_SETTINGS___VALID_IMAGE_BACKEND__DIAGNOSTICCHAIN_MAP);

		augmentationStudyEClass = createEClass(AUGMENTATION_STUDY);
		createEAttribute(augmentationStudyEClass, AUGMENTATION_STUDY__NAME);
		createEAttribute(augmentationStudyEClass, AUGMENTATION_STUDY__DESCRIPTION);
		createEReference(augmentationStudyEClass, AUGMENTATION_STUDY__VARIANTS);
		createEAttribute(augmentationStudyEClass, AUGMENTATION_STUDY__SEEDS);
		createEOperation(augmentationStudyEClass, AUGMENTATION_STUDY___HAS_VARIANTS__DIAGNOSTICCHAIN_MAP);
		createEOperation(augmentationStudyEClass, AUGMENTATION_STUDY___UNIQUE_VARIANT_IDS__DIAGNOSTICCHAIN_MAP);

		augmentationVariantEClass = createEClass(AUGMENTATION_VARIANT);
		createEAttribute(augmentationVariantEClass, AUGMENTATION_VARIANT__NAME);
		createEAttribute(augmentationVariantEClass, AUGMENTATION_VARIANT__ARCHITECTURE);
		createEReference(augmentationVariantEClass, AUGMENTATION_VARIANT__TRAINING);
		createEReference(augmentationVariantEClass, AUGMENTATION_VARIANT__AUGMENTATION);
		createEAttribute(augmentationVariantEClass, AUGMENTATION_VARIANT__SEED);
		createEReference(augmentationVariantEClass, AUGMENTATION_VARIANT__TRAINING_CASES);

		trainingSettingsEClass = createEClass(TRAINING_SETTINGS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__EPOCHS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__BATCH_SIZE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__LEARNING_RATE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__OPTIMIZER);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__LOSS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__PATCH_SIZE);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__VALIDATION_FRACTION);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__ITERATIONS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__BASE_FILTERS);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__DEPTH);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__DICE_WEIGHT);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__FOREGROUND_FRACTION);
		createEAttribute(trainingSettingsEClass, TRAINING_SETTINGS__NORMALIZATION);
		createEOperation(trainingSettingsEClass, TRAINING_SETTINGS___VALID_SETTINGS__DIAGNOSTICCHAIN_MAP);

		runRecordEClass = createEClass(RUN_RECORD);
		createEAttribute(runRecordEClass, RUN_RECORD__START);
		createEAttribute(runRecordEClass, RUN_RECORD__END);
		createEAttribute(runRecordEClass, RUN_RECORD__STATUS);
		createEAttribute(runRecordEClass, RUN_RECORD__SEED);
		createEReference(runRecordEClass, RUN_RECORD__ENVIRONMENT);
		createEAttribute(runRecordEClass, RUN_RECORD__RESULTS_LOCATION);
		createEAttribute(runRecordEClass, RUN_RECORD__MESSAGE);
		createEOperation(runRecordEClass, RUN_RECORD___END_NOT_BEFORE_START__DIAGNOSTICCHAIN_MAP);

		environmentEntryEClass = createEClass(ENVIRONMENT_ENTRY);
		createEAttribute(environmentEntryEClass, ENVIRONMENT_ENTRY__KEY);
		createEAttribute(environmentEntryEClass, ENVIRONMENT_ENTRY__VALUE);

		// Create enums
		aggregationPolicyEEnum = createEEnum(AGGREGATION_POLICY);
		evaluationSpaceEEnum = createEEnum(EVALUATION_SPACE);
		deviceEEnum = createEEnum(DEVICE);
		sweepSpacingEEnum = createEEnum(SWEEP_SPACING);
		normalizationMethodEEnum = createEEnum(NORMALIZATION_METHOD);
		runStatusEEnum = createEEnum(RUN_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		studyEClass.getESuperTypes().add(this.getIdentified());
		caseEClass.getESuperTypes().add(this.getIdentified());
		imageChannelEClass.getESuperTypes().add(this.getFileReference());
		modelVariantEClass.getESuperTypes().add(this.getIdentified());
		perturbationAxisEClass.getESuperTypes().add(this.getIdentified());
		explicitSweepEClass.getESuperTypes().add(this.getSweep());
		rangeSweepEClass.getESuperTypes().add(this.getSweep());
		oneAtATimeDesignEClass.getESuperTypes().add(this.getDesign());
		factorialDesignEClass.getESuperTypes().add(this.getDesign());
		groundTruthReferenceEClass.getESuperTypes().add(this.getReferenceStrategy());
		consensusReferenceEClass.getESuperTypes().add(this.getReferenceStrategy());
		binaryStapleReferenceEClass.getESuperTypes().add(this.getConsensusReference());
		multiLabelStapleReferenceEClass.getESuperTypes().add(this.getConsensusReference());
		majorityVoteReferenceEClass.getESuperTypes().add(this.getConsensusReference());
		metricSpecEClass.getESuperTypes().add(this.getIdentified());
		augmentationStudyEClass.getESuperTypes().add(this.getIdentified());
		augmentationVariantEClass.getESuperTypes().add(this.getIdentified());
		runRecordEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getIdentified__ValidId__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validId", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Name(), ecorePackage.getEString(), "name", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Description(), ecorePackage.getEString(), "description", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Cases(), this.getCase(), null, "cases", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_ModelVariants(), this.getModelVariant(), null, "modelVariants", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Axes(), this.getPerturbationAxis(), null, "axes", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Design(), this.getDesign(), null, "design", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Reference(), this.getReferenceStrategy(), null, "reference", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Metrics(), this.getMetricSpec(), null, "metrics", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_EvaluationSpace(), this.getEvaluationSpace(), "evaluationSpace", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Aggregation(), this.getAggregationPolicy(), "aggregation", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_WorstValue(), ecorePackage.getEDoubleObject(), "worstValue", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Execution(), this.getExecutionSettings(), null, "execution", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_AugmentationStudies(), this.getAugmentationStudy(), null, "augmentationStudies", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Runs(), this.getRunRecord(), null, "runs", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getStudy__HasCases__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasCases", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudy__HasModelVariants__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasModelVariants", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudy__HasMetrics__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasMetrics", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudy__HasReference__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasReference", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudy__UniqueIds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueIds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getStudy__ValidWorstValue__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validWorstValue", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(caseEClass, Case.class, "Case", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCase_Description(), ecorePackage.getEString(), "description", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Channels(), this.getImageChannel(), null, "channels", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_LabelImage(), this.getFileReference(), null, "labelImage", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_RoiMask(), this.getFileReference(), null, "roiMask", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCase__HasChannels__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasChannels", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCase__UniqueChannelNames__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueChannelNames", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(fileReferenceEClass, FileReference.class, "FileReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileReference_Path(), ecorePackage.getEString(), "path", null, 0, 1, FileReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileReference_Checksum(), ecorePackage.getEString(), "checksum", null, 0, 1, FileReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getFileReference__ValidPath__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validPath", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getFileReference__ChecksumFormat__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "checksumFormat", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getFileReference__FileExists__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "fileExists", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(imageChannelEClass, ImageChannel.class, "ImageChannel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImageChannel_Name(), ecorePackage.getEString(), "name", null, 0, 1, ImageChannel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelVariantEClass, ModelVariant.class, "ModelVariant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelVariant_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelVariant_SavedModel(), this.getFileReference(), null, "savedModel", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_SignatureKey(), ecorePackage.getEString(), "signatureKey", "serving_default", 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_InputTensor(), ecorePackage.getEString(), "inputTensor", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_OutputTensor(), ecorePackage.getEString(), "outputTensor", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_TileSize(), ecorePackage.getEInt(), "tileSize", null, 0, -1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_TileOverlap(), ecorePackage.getEInt(), "tileOverlap", null, 0, -1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_Normalization(), this.getNormalizationMethod(), "normalization", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelVariant_Labels(), this.getLabelDefinition(), null, "labels", null, 0, -1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelVariant_TrainingAugmentation(), this.getAugmentationPipeline(), null, "trainingAugmentation", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelVariant_TrainedBy(), this.getAugmentationVariant(), null, "trainedBy", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelVariant_TrainingSeed(), ecorePackage.getELong(), "trainingSeed", null, 0, 1, ModelVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getModelVariant__HasSavedModel__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasSavedModel", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModelVariant__ValidTiling__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validTiling", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModelVariant__UniqueLabelValues__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueLabelValues", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(labelDefinitionEClass, LabelDefinition.class, "LabelDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelDefinition_Value(), ecorePackage.getEInt(), "value", null, 0, 1, LabelDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, LabelDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelDefinition_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, LabelDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getLabelDefinition__ValidColour__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validColour", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(augmentationPipelineEClass, AugmentationPipeline.class, "AugmentationPipeline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAugmentationPipeline_BuiltIn(), ecorePackage.getEString(), "builtIn", "none", 0, 1, AugmentationPipeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationPipeline_Steps(), this.getAugmentationStep(), null, "steps", null, 0, -1, AugmentationPipeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(augmentationStepEClass, AugmentationStep.class, "AugmentationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAugmentationStep_PerturbationType(), ecorePackage.getEString(), "perturbationType", null, 0, 1, AugmentationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentationStep_Probability(), ecorePackage.getEDouble(), "probability", "1.0", 0, 1, AugmentationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationStep_Ranges(), this.getParameterRange(), null, "ranges", null, 0, -1, AugmentationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getAugmentationStep__ProbabilityInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "probabilityInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAugmentationStep__KnownPerturbation__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "knownPerturbation", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAugmentationStep__RangesWithinBounds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "rangesWithinBounds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(parameterRangeEClass, ParameterRange.class, "ParameterRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameterRange_Name(), ecorePackage.getEString(), "name", null, 0, 1, ParameterRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterRange_Minimum(), ecorePackage.getEDouble(), "minimum", null, 0, 1, ParameterRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterRange_Maximum(), ecorePackage.getEDouble(), "maximum", null, 0, 1, ParameterRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getParameterRange__OrderedBounds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "orderedBounds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(parameterValueEClass, ParameterValue.class, "ParameterValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameterValue_Name(), ecorePackage.getEString(), "name", null, 0, 1, ParameterValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameterValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, ParameterValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getParameterValue__HasName__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasName", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(perturbationAxisEClass, PerturbationAxis.class, "PerturbationAxis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerturbationAxis_Name(), ecorePackage.getEString(), "name", null, 0, 1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerturbationAxis_PerturbationType(), ecorePackage.getEString(), "perturbationType", null, 0, 1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerturbationAxis_FixedParameters(), this.getParameterValue(), null, "fixedParameters", null, 0, -1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerturbationAxis_SweptParameter(), ecorePackage.getEString(), "sweptParameter", null, 0, 1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerturbationAxis_Sweep(), this.getSweep(), null, "sweep", null, 0, 1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerturbationAxis_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, PerturbationAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPerturbationAxis__HasSweep__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasSweep", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPerturbationAxis__KnownPerturbation__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "knownPerturbation", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPerturbationAxis__ValuesInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "valuesInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(sweepEClass, Sweep.class, "Sweep", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(explicitSweepEClass, ExplicitSweep.class, "ExplicitSweep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExplicitSweep_Values(), ecorePackage.getEDouble(), "values", null, 0, -1, ExplicitSweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getExplicitSweep__NotEmpty__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "notEmpty", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(rangeSweepEClass, RangeSweep.class, "RangeSweep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRangeSweep_Start(), ecorePackage.getEDouble(), "start", null, 0, 1, RangeSweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeSweep_Stop(), ecorePackage.getEDouble(), "stop", null, 0, 1, RangeSweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeSweep_Steps(), ecorePackage.getEInt(), "steps", "5", 0, 1, RangeSweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRangeSweep_Spacing(), this.getSweepSpacing(), "spacing", null, 0, 1, RangeSweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRangeSweep__EnoughSteps__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "enoughSteps", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getRangeSweep__LogNeedsPositiveBounds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "logNeedsPositiveBounds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(designEClass, Design.class, "Design", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDesign_Axes(), this.getPerturbationAxis(), null, "axes", null, 0, -1, Design.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(oneAtATimeDesignEClass, OneAtATimeDesign.class, "OneAtATimeDesign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(factorialDesignEClass, FactorialDesign.class, "FactorialDesign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		op = initEOperation(getFactorialDesign__EnoughAxes__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "enoughAxes", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(referenceStrategyEClass, ReferenceStrategy.class, "ReferenceStrategy", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(groundTruthReferenceEClass, GroundTruthReference.class, "GroundTruthReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		op = initEOperation(getGroundTruthReference__CasesHaveLabels__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "casesHaveLabels", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(consensusReferenceEClass, ConsensusReference.class, "ConsensusReference", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConsensusReference_Raters(), this.getModelVariant(), null, "raters", null, 0, -1, ConsensusReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusReference_ScoreAgainstTruth(), ecorePackage.getEBoolean(), "scoreAgainstTruth", "false", 0, 1, ConsensusReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getConsensusReference__EnoughRaters__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "enoughRaters", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConsensusReference__TruthForEveryCase__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "truthForEveryCase", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(binaryStapleReferenceEClass, BinaryStapleReference.class, "BinaryStapleReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBinaryStapleReference_ConfidenceWeight(), ecorePackage.getEDouble(), "confidenceWeight", "1.0", 0, 1, BinaryStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBinaryStapleReference_ForegroundValue(), ecorePackage.getEDouble(), "foregroundValue", "1.0", 0, 1, BinaryStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBinaryStapleReference_MaxIterations(), ecorePackage.getEInt(), "maxIterations", "0", 0, 1, BinaryStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getBinaryStapleReference__ValidParameters__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validParameters", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(multiLabelStapleReferenceEClass, MultiLabelStapleReference.class, "MultiLabelStapleReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMultiLabelStapleReference_UndecidedLabel(), ecorePackage.getEInt(), "undecidedLabel", null, 0, 1, MultiLabelStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultiLabelStapleReference_TerminationThreshold(), ecorePackage.getEDouble(), "terminationThreshold", "1.0E-5", 0, 1, MultiLabelStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultiLabelStapleReference_MaxIterations(), ecorePackage.getEInt(), "maxIterations", "0", 0, 1, MultiLabelStapleReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMultiLabelStapleReference__ValidParameters__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validParameters", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(majorityVoteReferenceEClass, MajorityVoteReference.class, "MajorityVoteReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMajorityVoteReference_UndecidedLabel(), ecorePackage.getEInt(), "undecidedLabel", null, 0, 1, MajorityVoteReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricSpecEClass, MetricSpec.class, "MetricSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetricSpec_MetricType(), ecorePackage.getEString(), "metricType", null, 0, 1, MetricSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMetricSpec_Parameters(), this.getParameterValue(), null, "parameters", null, 0, -1, MetricSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetricSpec_Labels(), ecorePackage.getEInt(), "labels", null, 0, -1, MetricSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getMetricSpec__HasMetricType__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasMetricType", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(executionSettingsEClass, ExecutionSettings.class, "ExecutionSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExecutionSettings_Threads(), ecorePackage.getEInt(), "threads", "0", 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionSettings_Device(), this.getDevice(), "device", null, 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionSettings_InferenceThreads(), ecorePackage.getEInt(), "inferenceThreads", "0", 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionSettings_CpuThreads(), ecorePackage.getEInt(), "cpuThreads", "0", 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionSettings_Shards(), ecorePackage.getEInt(), "shards", "1", 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExecutionSettings_ImageBackend(), ecorePackage.getEString(), "imageBackend", "java", 0, 1, ExecutionSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getExecutionSettings__ValidThreads__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validThreads", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getExecutionSettings__ValidImageBackend__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validImageBackend", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(augmentationStudyEClass, AugmentationStudy.class, "AugmentationStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAugmentationStudy_Name(), ecorePackage.getEString(), "name", null, 0, 1, AugmentationStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentationStudy_Description(), ecorePackage.getEString(), "description", null, 0, 1, AugmentationStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationStudy_Variants(), this.getAugmentationVariant(), null, "variants", null, 0, -1, AugmentationStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentationStudy_Seeds(), ecorePackage.getELong(), "seeds", null, 0, -1, AugmentationStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getAugmentationStudy__HasVariants__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasVariants", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getAugmentationStudy__UniqueVariantIds__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueVariantIds", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(augmentationVariantEClass, AugmentationVariant.class, "AugmentationVariant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAugmentationVariant_Name(), ecorePackage.getEString(), "name", null, 0, 1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentationVariant_Architecture(), ecorePackage.getEString(), "architecture", null, 0, 1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationVariant_Training(), this.getTrainingSettings(), null, "training", null, 0, 1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationVariant_Augmentation(), this.getAugmentationPipeline(), null, "augmentation", null, 0, 1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentationVariant_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAugmentationVariant_TrainingCases(), this.getCase(), null, "trainingCases", null, 0, -1, AugmentationVariant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSettingsEClass, TrainingSettings.class, "TrainingSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSettings_Epochs(), ecorePackage.getEInt(), "epochs", "100", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_BatchSize(), ecorePackage.getEInt(), "batchSize", "2", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.001", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Optimizer(), ecorePackage.getEString(), "optimizer", "adam", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Loss(), ecorePackage.getEString(), "loss", "crossentropy", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_PatchSize(), ecorePackage.getEInt(), "patchSize", null, 0, -1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_ValidationFraction(), ecorePackage.getEDouble(), "validationFraction", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Iterations(), ecorePackage.getEInt(), "iterations", "200", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_BaseFilters(), ecorePackage.getEInt(), "baseFilters", "8", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Depth(), ecorePackage.getEInt(), "depth", "2", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_DiceWeight(), ecorePackage.getEDouble(), "diceWeight", "0.0", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_ForegroundFraction(), ecorePackage.getEDouble(), "foregroundFraction", "0.5", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSettings_Normalization(), ecorePackage.getEString(), "normalization", "zscore", 0, 1, TrainingSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getTrainingSettings__ValidSettings__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validSettings", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(runRecordEClass, RunRecord.class, "RunRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunRecord_Start(), ecorePackage.getEDate(), "start", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_End(), ecorePackage.getEDate(), "end", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Status(), this.getRunStatus(), "status", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRunRecord_Environment(), this.getEnvironmentEntry(), null, "environment", null, 0, -1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_ResultsLocation(), ecorePackage.getEString(), "resultsLocation", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Message(), ecorePackage.getEString(), "message", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getRunRecord__EndNotBeforeStart__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "endNotBeforeStart", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(environmentEntryEClass, Map.Entry.class, "EnvironmentEntry", !IS_ABSTRACT, !IS_INTERFACE, !IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnvironmentEntry_Key(), ecorePackage.getEString(), "key", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironmentEntry_Value(), ecorePackage.getEString(), "value", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(aggregationPolicyEEnum, AggregationPolicy.class, "AggregationPolicy");
		addEEnumLiteral(aggregationPolicyEEnum, AggregationPolicy.EXCLUDE);
		addEEnumLiteral(aggregationPolicyEEnum, AggregationPolicy.WORST_CASE);

		initEEnum(evaluationSpaceEEnum, EvaluationSpace.class, "EvaluationSpace");
		addEEnumLiteral(evaluationSpaceEEnum, EvaluationSpace.TRANSFORM_REFERENCE);
		addEEnumLiteral(evaluationSpaceEEnum, EvaluationSpace.MAP_PREDICTION_BACK);

		initEEnum(deviceEEnum, Device.class, "Device");
		addEEnumLiteral(deviceEEnum, Device.AUTO);
		addEEnumLiteral(deviceEEnum, Device.CPU);
		addEEnumLiteral(deviceEEnum, Device.GPU);

		initEEnum(sweepSpacingEEnum, SweepSpacing.class, "SweepSpacing");
		addEEnumLiteral(sweepSpacingEEnum, SweepSpacing.LINEAR);
		addEEnumLiteral(sweepSpacingEEnum, SweepSpacing.LOG);

		initEEnum(normalizationMethodEEnum, NormalizationMethod.class, "NormalizationMethod");
		addEEnumLiteral(normalizationMethodEEnum, NormalizationMethod.NONE);
		addEEnumLiteral(normalizationMethodEEnum, NormalizationMethod.ZSCORE);
		addEEnumLiteral(normalizationMethodEEnum, NormalizationMethod.ZSCORE_NONZERO);
		addEEnumLiteral(normalizationMethodEEnum, NormalizationMethod.MIN_MAX);

		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.PENDING);
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.COMPLETED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);
		addEEnumLiteral(runStatusEEnum, RunStatus.INCOMPLETE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "constraints", "validId"
		   });
		addAnnotation
		  (studyEClass,
		   source,
		   new String[] {
			   "constraints", "hasCases hasModelVariants hasMetrics hasReference uniqueIds validWorstValue"
		   });
		addAnnotation
		  (caseEClass,
		   source,
		   new String[] {
			   "constraints", "hasChannels uniqueChannelNames"
		   });
		addAnnotation
		  (fileReferenceEClass,
		   source,
		   new String[] {
			   "constraints", "validPath checksumFormat fileExists"
		   });
		addAnnotation
		  (modelVariantEClass,
		   source,
		   new String[] {
			   "constraints", "hasSavedModel validTiling uniqueLabelValues"
		   });
		addAnnotation
		  (labelDefinitionEClass,
		   source,
		   new String[] {
			   "constraints", "validColour"
		   });
		addAnnotation
		  (augmentationStepEClass,
		   source,
		   new String[] {
			   "constraints", "probabilityInRange knownPerturbation rangesWithinBounds"
		   });
		addAnnotation
		  (parameterRangeEClass,
		   source,
		   new String[] {
			   "constraints", "orderedBounds"
		   });
		addAnnotation
		  (parameterValueEClass,
		   source,
		   new String[] {
			   "constraints", "hasName"
		   });
		addAnnotation
		  (perturbationAxisEClass,
		   source,
		   new String[] {
			   "constraints", "hasSweep knownPerturbation valuesInRange"
		   });
		addAnnotation
		  (explicitSweepEClass,
		   source,
		   new String[] {
			   "constraints", "notEmpty"
		   });
		addAnnotation
		  (rangeSweepEClass,
		   source,
		   new String[] {
			   "constraints", "enoughSteps logNeedsPositiveBounds"
		   });
		addAnnotation
		  (factorialDesignEClass,
		   source,
		   new String[] {
			   "constraints", "enoughAxes"
		   });
		addAnnotation
		  (groundTruthReferenceEClass,
		   source,
		   new String[] {
			   "constraints", "casesHaveLabels"
		   });
		addAnnotation
		  (consensusReferenceEClass,
		   source,
		   new String[] {
			   "constraints", "enoughRaters truthForEveryCase"
		   });
		addAnnotation
		  (binaryStapleReferenceEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (multiLabelStapleReferenceEClass,
		   source,
		   new String[] {
			   "constraints", "validParameters"
		   });
		addAnnotation
		  (metricSpecEClass,
		   source,
		   new String[] {
			   "constraints", "hasMetricType"
		   });
		addAnnotation
		  (executionSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "validThreads validImageBackend"
		   });
		addAnnotation
		  (augmentationStudyEClass,
		   source,
		   new String[] {
			   "constraints", "hasVariants uniqueVariantIds"
		   });
		addAnnotation
		  (trainingSettingsEClass,
		   source,
		   new String[] {
			   "constraints", "validSettings"
		   });
		addAnnotation
		  (runRecordEClass,
		   source,
		   new String[] {
			   "constraints", "endNotBeforeStart"
		   });
	}

} //SegsensePackageImpl
