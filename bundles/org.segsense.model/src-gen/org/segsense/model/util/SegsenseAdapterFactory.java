/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.util;

import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.segsense.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.segsense.model.SegsensePackage
 * @generated
 */
public class SegsenseAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SegsensePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegsenseAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SegsensePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegsenseSwitch<Adapter> modelSwitch =
		new SegsenseSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseCase(Case object) {
				return createCaseAdapter();
			}
			@Override
			public Adapter caseFileReference(FileReference object) {
				return createFileReferenceAdapter();
			}
			@Override
			public Adapter caseImageChannel(ImageChannel object) {
				return createImageChannelAdapter();
			}
			@Override
			public Adapter caseModelVariant(ModelVariant object) {
				return createModelVariantAdapter();
			}
			@Override
			public Adapter caseLabelDefinition(LabelDefinition object) {
				return createLabelDefinitionAdapter();
			}
			@Override
			public Adapter caseAugmentationPipeline(AugmentationPipeline object) {
				return createAugmentationPipelineAdapter();
			}
			@Override
			public Adapter caseAugmentationStep(AugmentationStep object) {
				return createAugmentationStepAdapter();
			}
			@Override
			public Adapter caseParameterRange(ParameterRange object) {
				return createParameterRangeAdapter();
			}
			@Override
			public Adapter caseParameterValue(ParameterValue object) {
				return createParameterValueAdapter();
			}
			@Override
			public Adapter casePerturbationAxis(PerturbationAxis object) {
				return createPerturbationAxisAdapter();
			}
			@Override
			public Adapter caseSweep(Sweep object) {
				return createSweepAdapter();
			}
			@Override
			public Adapter caseExplicitSweep(ExplicitSweep object) {
				return createExplicitSweepAdapter();
			}
			@Override
			public Adapter caseRangeSweep(RangeSweep object) {
				return createRangeSweepAdapter();
			}
			@Override
			public Adapter caseDesign(Design object) {
				return createDesignAdapter();
			}
			@Override
			public Adapter caseOneAtATimeDesign(OneAtATimeDesign object) {
				return createOneAtATimeDesignAdapter();
			}
			@Override
			public Adapter caseFactorialDesign(FactorialDesign object) {
				return createFactorialDesignAdapter();
			}
			@Override
			public Adapter caseReferenceStrategy(ReferenceStrategy object) {
				return createReferenceStrategyAdapter();
			}
			@Override
			public Adapter caseGroundTruthReference(GroundTruthReference object) {
				return createGroundTruthReferenceAdapter();
			}
			@Override
			public Adapter caseConsensusReference(ConsensusReference object) {
				return createConsensusReferenceAdapter();
			}
			@Override
			public Adapter caseBinaryStapleReference(BinaryStapleReference object) {
				return createBinaryStapleReferenceAdapter();
			}
			@Override
			public Adapter caseMultiLabelStapleReference(MultiLabelStapleReference object) {
				return createMultiLabelStapleReferenceAdapter();
			}
			@Override
			public Adapter caseMajorityVoteReference(MajorityVoteReference object) {
				return createMajorityVoteReferenceAdapter();
			}
			@Override
			public Adapter caseMetricSpec(MetricSpec object) {
				return createMetricSpecAdapter();
			}
			@Override
			public Adapter caseExecutionSettings(ExecutionSettings object) {
				return createExecutionSettingsAdapter();
			}
			@Override
			public Adapter caseAugmentationStudy(AugmentationStudy object) {
				return createAugmentationStudyAdapter();
			}
			@Override
			public Adapter caseAugmentationVariant(AugmentationVariant object) {
				return createAugmentationVariantAdapter();
			}
			@Override
			public Adapter caseTrainingSettings(TrainingSettings object) {
				return createTrainingSettingsAdapter();
			}
			@Override
			public Adapter caseRunRecord(RunRecord object) {
				return createRunRecordAdapter();
			}
			@Override
			public Adapter caseEnvironmentEntry(Map.Entry<String, String> object) {
				return createEnvironmentEntryAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.Case
	 * @generated
	 */
	public Adapter createCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.FileReference <em>File Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.FileReference
	 * @generated
	 */
	public Adapter createFileReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ImageChannel <em>Image Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ImageChannel
	 * @generated
	 */
	public Adapter createImageChannelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ModelVariant <em>Model Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ModelVariant
	 * @generated
	 */
	public Adapter createModelVariantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.LabelDefinition <em>Label Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.LabelDefinition
	 * @generated
	 */
	public Adapter createLabelDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.AugmentationPipeline <em>Augmentation Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.AugmentationPipeline
	 * @generated
	 */
	public Adapter createAugmentationPipelineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.AugmentationStep <em>Augmentation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.AugmentationStep
	 * @generated
	 */
	public Adapter createAugmentationStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ParameterRange <em>Parameter Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ParameterRange
	 * @generated
	 */
	public Adapter createParameterRangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ParameterValue
	 * @generated
	 */
	public Adapter createParameterValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.PerturbationAxis <em>Perturbation Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.PerturbationAxis
	 * @generated
	 */
	public Adapter createPerturbationAxisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.Sweep
	 * @generated
	 */
	public Adapter createSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ExplicitSweep <em>Explicit Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ExplicitSweep
	 * @generated
	 */
	public Adapter createExplicitSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.RangeSweep <em>Range Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.RangeSweep
	 * @generated
	 */
	public Adapter createRangeSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.Design <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.Design
	 * @generated
	 */
	public Adapter createDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.OneAtATimeDesign <em>One At ATime Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.OneAtATimeDesign
	 * @generated
	 */
	public Adapter createOneAtATimeDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.FactorialDesign <em>Factorial Design</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.FactorialDesign
	 * @generated
	 */
	public Adapter createFactorialDesignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ReferenceStrategy <em>Reference Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ReferenceStrategy
	 * @generated
	 */
	public Adapter createReferenceStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.GroundTruthReference <em>Ground Truth Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.GroundTruthReference
	 * @generated
	 */
	public Adapter createGroundTruthReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ConsensusReference <em>Consensus Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ConsensusReference
	 * @generated
	 */
	public Adapter createConsensusReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.BinaryStapleReference <em>Binary Staple Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.BinaryStapleReference
	 * @generated
	 */
	public Adapter createBinaryStapleReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.MultiLabelStapleReference <em>Multi Label Staple Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.MultiLabelStapleReference
	 * @generated
	 */
	public Adapter createMultiLabelStapleReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.MajorityVoteReference <em>Majority Vote Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.MajorityVoteReference
	 * @generated
	 */
	public Adapter createMajorityVoteReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.MetricSpec <em>Metric Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.MetricSpec
	 * @generated
	 */
	public Adapter createMetricSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.ExecutionSettings <em>Execution Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.ExecutionSettings
	 * @generated
	 */
	public Adapter createExecutionSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.AugmentationStudy <em>Augmentation Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.AugmentationStudy
	 * @generated
	 */
	public Adapter createAugmentationStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.AugmentationVariant <em>Augmentation Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.AugmentationVariant
	 * @generated
	 */
	public Adapter createAugmentationVariantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.TrainingSettings <em>Training Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.TrainingSettings
	 * @generated
	 */
	public Adapter createTrainingSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.segsense.model.RunRecord <em>Run Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.segsense.model.RunRecord
	 * @generated
	 */
	public Adapter createRunRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>Environment Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see java.util.Map.Entry
	 * @generated
	 */
	public Adapter createEnvironmentEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SegsenseAdapterFactory
