/** Opens a library: `new Library(options)` then `load()` (migrations, meta, settings). */
import { Library, type LibraryOptions } from './library';

export type OpenOptions = LibraryOptions;

export async function openLibrary(options: OpenOptions): Promise<Library> {
  const library = new Library(options);
  await library.load();
  return library;
}
