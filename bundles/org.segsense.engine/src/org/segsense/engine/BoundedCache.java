// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A small least-recently-used cache whose values are loaded once even when several threads ask at
 * the same time. Evicted values stay valid for the threads that hold them; memory is bounded by the
 * capacity plus what the workers hold.
 */
final class BoundedCache<K, V> {

	/** Loads a value. */
	interface Loader<K, V> {
		V load(K key) throws Exception;
	}

	private final int capacity;
	private final Loader<K, V> loader;
	private final LinkedHashMap<K, CompletableFuture<V>> map = new LinkedHashMap<>(16, 0.75f, true);

	BoundedCache(int capacity, Loader<K, V> loader) {
		this.capacity = Math.max(1, capacity);
		this.loader = loader;
	}

	V get(K key) throws Exception {
		CompletableFuture<V> f;
		boolean mine = false;
		synchronized (map) {
			f = map.get(key);
			if (f == null) {
				f = new CompletableFuture<>();
				map.put(key, f);
				mine = true;
				Iterator<Map.Entry<K, CompletableFuture<V>>> it = map.entrySet().iterator();
				while (map.size() > capacity && it.hasNext()) {
					Map.Entry<K, CompletableFuture<V>> e = it.next();
					if (e.getValue() != f) {
						it.remove();
					}
				}
			}
		}
		if (mine) {
			try {
				f.complete(loader.load(key));
			} catch (Exception | Error e) {
				synchronized (map) {
					map.remove(key, f);
				}
				f.completeExceptionally(e);
				throw e;
			}
		}
		try {
			return f.get();
		} catch (ExecutionException e) {
			Throwable c = e.getCause();
			if (c instanceof Exception ex) {
				throw ex;
			}
			throw (Error) c;
		}
	}
}
