// Keeps the page's documents and settings in the browser (IndexedDB), so a reload loses nothing.
// One record under one key; no server, nothing leaves the machine. Failures (private mode, quota)
// are reported to the caller, never thrown at it.
const DB = 'randnotiz';
const STORE = 'state';
const KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req && req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Saves `state` (a structured-cloneable object). Resolves to null or an error message. */
export async function save(state) {
  try { await run('readwrite', (s) => s.put(state, KEY)); return null; } catch (e) { return String(e && e.message || e); }
}

/** Loads the saved state, or null when there is none or storage is unavailable. */
export async function load() {
  try { return (await run('readonly', (s) => s.get(KEY))) || null; } catch { return null; }
}

/** Deletes everything saved. */
export async function clear() {
  try { await run('readwrite', (s) => s.delete(KEY)); return null; } catch (e) { return String(e && e.message || e); }
}
