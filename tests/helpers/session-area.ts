// storage.session as an object in memory, shared by every background made over it: what a service
// worker that Chrome stops and starts again finds where it left it.
import type { SessionArea } from '../../utils/browser/extension/document-starts';

export function sessionArea(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key === null ? { ...items } : key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, structuredClone(more)),
    remove: async (keys) => keys.forEach((key) => delete items[key]),
  };
}
