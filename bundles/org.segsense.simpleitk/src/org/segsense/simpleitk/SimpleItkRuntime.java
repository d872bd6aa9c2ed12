// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * SimpleITK's Java binding, loaded once per JVM from a {@link SimpleItkLocation} through its own class
 * loader, and called by reflection: SegSense compiles without the jar, so the product builds and runs the
 * same when the binding is absent. The class loader answers {@code System.loadLibrary("SimpleITKJava")}
 * (in {@code org.itk.simple.SimpleITKJNI}) with the located {@code libSimpleITKJava.so}; a JVM can load that
 * library into one class loader only, hence the single instance.
 *
 * <p>Method lookup: the public method (or constructor) of the given name whose parameter count matches and
 * to whose parameter types every argument converts (boxed numbers to {@code int}, {@code long},
 * {@code double}, {@code float} or {@link BigInteger}, SimpleITK's {@code uint64_t}); SimpleITK's C++ names (matched ignoring case)
 * appear in Java with a lower-case first letter ({@code SetSize} → {@code setSize}).
 */
final class SimpleItkRuntime {

	private static SimpleItkRuntime instance;
	private static RuntimeException failure;

	private final SimpleItkLocation location;
	private final ClassLoader loader;
	private final String version;

	private SimpleItkRuntime(SimpleItkLocation location) {
		this.location = location;
		try {
			this.loader = new NativeLoader(new URL[] {location.jar().toUri().toURL()}, location.library().toString());
		} catch (MalformedURLException e) {
			throw new IllegalStateException(location.jar() + ": not a valid jar path", e);
		}
		Object v = callStatic("org.itk.simple.Version", "versionString");
		this.version = String.valueOf(v);
	}

	/**
	 * @return the loaded binding
	 * @throws IllegalStateException naming the reason (not found, native library not loadable, ...)
	 */
	static synchronized SimpleItkRuntime get() {
		if (instance != null) {
			return instance;
		}
		if (failure != null) {
			throw failure;
		}
		SimpleItkLocation l = SimpleItkLocation.find();
		try {
			instance = new SimpleItkRuntime(l);
			return instance;
		} catch (UnsatisfiedLinkError | IllegalStateException e) {
			String detail = e instanceof UnsatisfiedLinkError || e.getCause() instanceof UnsatisfiedLinkError
					? "its native library cannot be loaded (" + rootMessage(e) + "): it needs Debian's ITK 5.2 runtime (sudo apt-get install "
							+ "libinsighttoolkit5.2) and must have been built for this machine"
					: rootMessage(e);
			failure = new IllegalStateException("the SimpleITK binding in " + l.folder() + " is not usable: " + detail, e);
			throw failure;
		}
	}

	SimpleItkLocation location() {
		return location;
	}

	String version() {
		return version;
	}

	Class<?> type(String name) {
		try {
			return Class.forName(name, true, loader);
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException("the SimpleITK jar " + location.jar() + " lacks " + name
					+ " (a SimpleITK 2.1.x build with this filter is needed)", e);
		}
	}

	Object newInstance(String className, Object... args) {
		Class<?> c = type(className);
		for (Constructor<?> k : c.getConstructors()) {
			Object[] converted = convert(k, args);
			if (converted != null) {
				return invoke(k, null, converted);
			}
		}
		throw new IllegalStateException("SimpleITK has no constructor " + className + argTypes(args));
	}

	Object call(Object target, String method, Object... args) {
		return find(target.getClass(), target, method, false, args);
	}

	Object callStatic(String className, String method, Object... args) {
		return find(type(className), null, method, true, args);
	}

	/** @return {@code ClassName.field}, e.g. the enum constant {@code PixelIDValueEnum.sitkFloat32} */
	Object constant(String className, String field) {
		try {
			return type(className).getField(field).get(null);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("SimpleITK has no " + className + "." + field, e);
		}
	}

	private Object find(Class<?> c, Object target, String method, boolean statics, Object[] args) {
		for (Method m : c.getMethods()) {
			if (m.getName().equalsIgnoreCase(method) && Modifier.isStatic(m.getModifiers()) == statics) {
				Object[] converted = convert(m, args);
				if (converted != null) {
					return invoke(m, target, converted);
				}
			}
		}
		throw new IllegalStateException("SimpleITK has no method " + c.getName() + "." + method + argTypes(args));
	}

	private static Object invoke(Executable e, Object target, Object[] args) {
		try {
			return e instanceof Method m ? m.invoke(target, args) : ((Constructor<?>) e).newInstance(args);
		} catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException r) {
				throw new SimpleItkException(cleanMessage(r), r);
			}
			if (cause instanceof Error err) {
				throw err;
			}
			throw new SimpleItkException(String.valueOf(cause), cause);
		} catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("calling SimpleITK's " + e + " failed: " + ex, ex);
		}
	}

	/** SimpleITK's exceptions carry the C++ file and line first; the last line is the reason. */
	private static String cleanMessage(RuntimeException r) {
		String m = String.valueOf(r.getMessage()).strip();
		int nl = m.lastIndexOf('\n');
		return nl >= 0 ? m.substring(nl + 1).strip() : m;
	}

	private static Object[] convert(Executable e, Object[] args) {
		Class<?>[] types = e.getParameterTypes();
		if (types.length != args.length) {
			return null;
		}
		Object[] out = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			Object a = args[i];
			Class<?> t = types[i];
			if (a instanceof Number n && !(a instanceof BigInteger)) {
				if (t == long.class || t == Long.class) {
					out[i] = n.longValue();
				} else if (t == int.class || t == Integer.class) {
					out[i] = n.intValue();
				} else if (t == double.class || t == Double.class) {
					out[i] = n.doubleValue();
				} else if (t == float.class || t == Float.class) {
					out[i] = n.floatValue();
				} else if (t == short.class || t == Short.class) {
					out[i] = n.shortValue();
				} else if (t == BigInteger.class) {
					out[i] = BigInteger.valueOf(n.longValue());
				} else {
					return null;
				}
			} else if (a instanceof Boolean) {
				if (t != boolean.class && t != Boolean.class) {
					return null;
				}
				out[i] = a;
			} else if (a == null || t.isInstance(a)) {
				out[i] = a;
			} else {
				return null;
			}
		}
		return out;
	}

	private static String argTypes(Object[] args) {
		StringBuilder b = new StringBuilder("(");
		for (int i = 0; i < args.length; i++) {
			b.append(i > 0 ? ", " : "").append(args[i] == null ? "null" : args[i].getClass().getSimpleName());
		}
		return b.append(')').toString();
	}

	private static String rootMessage(Throwable t) {
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return String.valueOf(t.getMessage());
	}

	/** Loads the jar's classes (parent: the platform class loader) and maps SimpleITKJava to the located library. */
	private static final class NativeLoader extends URLClassLoader {
		private final String library;

		NativeLoader(URL[] urls, String library) {
			super("simpleitk", urls, ClassLoader.getPlatformClassLoader());
			this.library = library;
		}

		@Override
		protected String findLibrary(String name) {
			return "SimpleITKJava".equals(name) ? library : super.findLibrary(name);
		}
	}
}
