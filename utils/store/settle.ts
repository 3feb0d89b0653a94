/** A raw IndexedDB request as a promise (one promise, no idb wrapper: reads by the thousand). */
export function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('reading the library failed'));
  });
}
