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

import org.segsense.model.ModelVariant;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;

/**
 * This is the item provider adapter for a {@link org.segsense.model.ModelVariant} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelVariantItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelVariantItemProvider(AdapterFactory adapterFactory) {
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
			addSignatureKeyPropertyDescriptor(object);
			addInputTensorPropertyDescriptor(object);
			addOutputTensorPropertyDescriptor(object);
			addTileSizePropertyDescriptor(object);
			addTileOverlapPropertyDescriptor(object);
			addNormalizationPropertyDescriptor(object);
			addTrainedByPropertyDescriptor(object);
			addTrainingSeedPropertyDescriptor(object);
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
				 getString("_UI_ModelVariant_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_name_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__NAME,
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
				 getString("_UI_ModelVariant_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_description_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Signature Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSignatureKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_signatureKey_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_signatureKey_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__SIGNATURE_KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Input Tensor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInputTensorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_inputTensor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_inputTensor_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__INPUT_TENSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Output Tensor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutputTensorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_outputTensor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_outputTensor_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__OUTPUT_TENSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tile Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTileSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_tileSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_tileSize_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__TILE_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tile Overlap feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTileOverlapPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_tileOverlap_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_tileOverlap_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__TILE_OVERLAP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Normalization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNormalizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_normalization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_normalization_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__NORMALIZATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trained By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrainedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_trainedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_trainedBy_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__TRAINED_BY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Training Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrainingSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModelVariant_trainingSeed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModelVariant_trainingSeed_feature", "_UI_ModelVariant_type"),
				 SegsensePackage.Literals.MODEL_VARIANT__TRAINING_SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(SegsensePackage.Literals.MODEL_VARIANT__SAVED_MODEL);
			childrenFeatures.add(SegsensePackage.Literals.MODEL_VARIANT__LABELS);
			childrenFeatures.add(SegsensePackage.Literals.MODEL_VARIANT__TRAINING_AUGMENTATION);
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
	 * This returns ModelVariant.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ModelVariant"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ModelVariant)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ModelVariant_type") :
			getString("_UI_ModelVariant_type") + " " + label;
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

		switch (notification.getFeatureID(ModelVariant.class)) {
			case SegsensePackage.MODEL_VARIANT__NAME:
			case SegsensePackage.MODEL_VARIANT__DESCRIPTION:
			case SegsensePackage.MODEL_VARIANT__SIGNATURE_KEY:
			case SegsensePackage.MODEL_VARIANT__INPUT_TENSOR:
			case SegsensePackage.MODEL_VARIANT__OUTPUT_TENSOR:
			case SegsensePackage.MODEL_VARIANT__TILE_SIZE:
			case SegsensePackage.MODEL_VARIANT__TILE_OVERLAP:
			case SegsensePackage.MODEL_VARIANT__NORMALIZATION:
			case SegsensePackage.MODEL_VARIANT__TRAINING_SEED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SegsensePackage.MODEL_VARIANT__SAVED_MODEL:
			case SegsensePackage.MODEL_VARIANT__LABELS:
			case SegsensePackage.MODEL_VARIANT__TRAINING_AUGMENTATION:
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
				(SegsensePackage.Literals.MODEL_VARIANT__SAVED_MODEL,
				 SegsenseFactory.eINSTANCE.createFileReference()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.MODEL_VARIANT__SAVED_MODEL,
				 SegsenseFactory.eINSTANCE.createImageChannel()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.MODEL_VARIANT__LABELS,
				 SegsenseFactory.eINSTANCE.createLabelDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(SegsensePackage.Literals.MODEL_VARIANT__TRAINING_AUGMENTATION,
				 SegsenseFactory.eINSTANCE.createAugmentationPipeline()));
	}

}
