// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;

import org.segsense.image.Image;
import org.segsense.image.ImageGeometry;
import org.segsense.image.PixelType;

/**
 * Copies images between SegSense ({@link Image}) and SimpleITK ({@code org.itk.simple.Image}): size,
 * spacing, origin and direction (row-major, both ITK's convention) and the voxels, interleaved components,
 * through SimpleITK's direct buffer (native byte order). Scalar and vector images of the ten integer and
 * real pixel types; SimpleITK's complex and label-map types are refused.
 */
final class SitkImages {

	private final SimpleItkRuntime rt;

	SitkImages(SimpleItkRuntime rt) {
		this.rt = rt;
	}

	/** @return SimpleITK's pixel id name for a type, e.g. {@code sitkUInt8} or {@code sitkVectorFloat32} */
	static String pixelId(PixelType type, int components) {
		String base = switch (type) {
		case UINT8 -> "UInt8";
		case INT8 -> "Int8";
		case UINT16 -> "UInt16";
		case INT16 -> "Int16";
		case UINT32 -> "UInt32";
		case INT32 -> "Int32";
		case UINT64 -> "UInt64";
		case INT64 -> "Int64";
		case FLOAT32 -> "Float32";
		case FLOAT64 -> "Float64";
		};
		return "sitk" + (components > 1 ? "Vector" : "") + base;
	}

	Object pixelIdValue(PixelType type, int components) {
		return rt.constant("org.itk.simple.PixelIDValueEnum", pixelId(type, components));
	}

	@SuppressWarnings("unchecked")
	Object vectorUInt32(long[] values) {
		Object v = rt.newInstance("org.itk.simple.VectorUInt32");
		for (long x : values) {
			((List<Object>) v).add(x);
		}
		return v;
	}

	@SuppressWarnings("unchecked")
	Object vectorDouble(double[] values) {
		Object v = rt.newInstance("org.itk.simple.VectorDouble");
		for (double x : values) {
			((List<Object>) v).add(x);
		}
		return v;
	}

	static double[] doubles(Object vector) {
		List<?> l = (List<?>) vector;
		double[] d = new double[l.size()];
		for (int i = 0; i < d.length; i++) {
			d[i] = ((Number) l.get(i)).doubleValue();
		}
		return d;
	}

	/** @return a SimpleITK image with the geometry and voxels of {@code image} */
	Object toSitk(Image image) {
		ImageGeometry g = image.geometry();
		Object out = rt.newInstance("org.itk.simple.Image", vectorUInt32(g.size()), pixelIdValue(image.pixelType(), image.components()),
				(long) image.components());
		rt.call(out, "setSpacing", vectorDouble(g.spacing()));
		rt.call(out, "setOrigin", vectorDouble(g.origin()));
		rt.call(out, "setDirection", vectorDouble(g.direction()));
		ByteBuffer b = buffer(out);
		switch (image.pixelType()) {
		case UINT8, INT8 -> b.put(image.bytes());
		case UINT16, INT16 -> b.asShortBuffer().put(image.shorts());
		case UINT32, INT32 -> b.asIntBuffer().put(image.ints());
		case UINT64, INT64 -> b.asLongBuffer().put(image.longs());
		case FLOAT32 -> b.asFloatBuffer().put(image.floats());
		case FLOAT64 -> b.asDoubleBuffer().put(image.doubles());
		}
		return out;
	}

	/** @return a SegSense image with the geometry and voxels of the SimpleITK image {@code sitk} */
	Image fromSitk(Object sitk) {
		double[] sizeD = doubles(rt.call(sitk, "getSize"));
		long[] size = new long[sizeD.length];
		for (int i = 0; i < size.length; i++) {
			size[i] = (long) sizeD[i];
		}
		ImageGeometry g = new ImageGeometry(size, doubles(rt.call(sitk, "getSpacing")), doubles(rt.call(sitk, "getOrigin")),
				doubles(rt.call(sitk, "getDirection")));
		int components = ((Number) rt.call(sitk, "getNumberOfComponentsPerPixel")).intValue();
		PixelType type = pixelType(String.valueOf(rt.call(sitk, "getPixelID")), sitk);
		Image out = Image.create(g, type, components);
		ByteBuffer b = buffer(sitk);
		switch (type) {
		case UINT8, INT8 -> b.get(out.bytes());
		case UINT16, INT16 -> b.asShortBuffer().get(out.shorts());
		case UINT32, INT32 -> b.asIntBuffer().get(out.ints());
		case UINT64, INT64 -> b.asLongBuffer().get(out.longs());
		case FLOAT32 -> b.asFloatBuffer().get(out.floats());
		case FLOAT64 -> b.asDoubleBuffer().get(out.doubles());
		}
		// the buffer is SimpleITK's memory, not owned by the ByteBuffer: keep the image alive until it is copied
		Reference.reachabilityFence(sitk);
		return out;
	}

	private ByteBuffer buffer(Object sitk) {
		return ((ByteBuffer) rt.call(sitk, "getBufferAsByteBuffer")).order(ByteOrder.nativeOrder());
	}

	private PixelType pixelType(String id, Object sitk) {
		String base = id.replace("sitkVector", "").replace("sitk", "").toLowerCase(Locale.ROOT);
		for (PixelType t : PixelType.values()) {
			if (t.jsonName().equals(base)) {
				return t;
			}
		}
		throw new SimpleItkException("SimpleITK produced a " + rt.call(sitk, "getPixelIDTypeAsString") + " image (" + id
				+ "), which SegSense does not handle (integer or real scalars and vectors only)", null);
	}
}
