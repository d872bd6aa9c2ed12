// SPDX-License-Identifier: EPL-2.0
package org.segsense.p2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;

/**
 * p2's transport (how repositories are read) through {@link java.net.URL}: {@code file:}, {@code jar:file:...!/}
 * (a zipped repository) and {@code http(s):}. p2 normally uses ECF, which is not on Maven Central; this
 * transport is what lets the product's p2 director install plug-ins without it. No authentication, no mirrors.
 */
final class UrlTransport extends Transport {

	@Override
	public IStatus download(URI uri, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = open(uri)) {
			in.transferTo(target);
			return Status.OK_STATUS;
		} catch (IOException e) {
			return Status.error("cannot read " + uri + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI uri, IProgressMonitor monitor) throws FileNotFoundException {
		try {
			return open(uri);
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			FileNotFoundException f = new FileNotFoundException(uri + ": " + e.getMessage());
			f.initCause(e);
			throw f;
		}
	}

	@Override
	public long getLastModified(URI uri, IProgressMonitor monitor) throws FileNotFoundException {
		try {
			URLConnection c = uri.toURL().openConnection();
			c.setUseCaches(false);
			try (InputStream probe = c.getInputStream()) {
				return Math.max(c.getLastModified(), 1);
			}
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			FileNotFoundException f = new FileNotFoundException(uri + ": " + e.getMessage());
			f.initCause(e);
			throw f;
		}
	}

	private static InputStream open(URI uri) throws IOException {
		URLConnection c = uri.toURL().openConnection();
		c.setUseCaches(false); // a jar: URL would otherwise keep the zip open and cached
		return c.getInputStream();
	}
}
