/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;

/**
 * This is the item provider adapter for a {@link org.segsense.model.Study} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addEvaluationSpacePropertyDescriptor(object);
			addAggregationPropertyDescriptor(object);
			addWorstValuePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_name_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_description_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_seed_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evaluation Space feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvaluationSpacePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_evaluationSpace_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_evaluationSpace_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__EVALUATION_SPACE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Aggregation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAggregationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_aggregation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_aggregation_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__AGGREGATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Worst Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorstValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_worstValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_worstValue_feature", "_UI_Study_type"),
				 SegsensePackage.Literals.STUDY__WORST_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__CASES);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__MODEL_VARIANTS);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__AXES);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__DESIGN);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__REFERENCE);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__METRICS);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__EXECUTION);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__AUGMENTATION_STUDIES);
			childrenFeatures.add(SegsensePackage.Literals.STUDY__RUNS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Study.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Study"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Study)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Study_type") :
			getString("_UI_Study_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Study.class)) {
			case SegsensePackage.STUDY__NAME:
			case SegsensePackage.STUDY__DESCRIPTION:
			case SegsensePackage.STUDY__SEED:
			case SegsensePackage.STUDY__EVALUATION_SPACE:
			case SegsensePackage.STUDY__AGGREGATION:
			case SegsensePackage.STUDY__WORST_VALUE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SegsensePackage.STUDY__CASES:
			case SegsensePackage.STUDY__MODEL_VARIANTS:
			case SegsensePackage.STUDY__AXES:
			case SegsensePackage.STUDY__DESIGN:
			case SegsensePackage.STUDY__REFERENCE:
			case SegsensePackage.STUDY__METRICS:
			case SegsensePackage.STUDY__EXECUTION:
			case SegsensePackage.STUDY__AUGMENTATION_STUDIES:
			case SegsensePackage.STUDY__RUNS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__CASES,
				 SegsenseFactory.eINSTANCE.createCase()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__MODEL_VARIANTS,
				 SegsenseFactory.eINSTANCE.createModelVariant()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__AXES,
				 SegsenseFactory.eINSTANCE.createPerturbationAxis()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__DESIGN,
				 SegsenseFactory.eINSTANCE.createOneAtATimeDesign()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__DESIGN,
				 SegsenseFactory.eINSTANCE.createFactorialDesign()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__REFERENCE,
				 SegsenseFactory.eINSTANCE.createGroundTruthReference()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__REFERENCE,
				 SegsenseFactory.eINSTANCE.createBinaryStapleReference()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__REFERENCE,
				 SegsenseFactory.eINSTANCE.createMultiLabelStapleReference()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__REFERENCE,
				 SegsenseFactory.eINSTANCE.createMajorityVoteReference()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__METRICS,
				 SegsenseFactory.eINSTANCE.createMetricSpec()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__EXECUTION,
				 SegsenseFactory.eINSTANCE.createExecutionSettings()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__AUGMENTATION_STUDIES,
				 SegsenseFactory.eINSTANCE.createAugmentationStudy()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.STUDY__RUNS,
				 SegsenseFactory.eINSTANCE.createRunRecord()));
	}

}
